import { render } from 'preact';
import '../../components/styles.css';
import '../../components/summary/summary.css';
import { startSummary } from '../../app/summary';
import { SummaryPage } from '../../components/summary/SummaryPage';

void startSummary().then((props) => render(<SummaryPage {...props} />, document.getElementById('app')!));
