import { render } from 'preact';
import '../../components/styles.css';
import '../../components/app/panel.css';
import '../../components/guide/guide.css';
import '../../components/today/today.css';
import '../../components/log/log.css';
import '../../components/journal/journal.css';
import '../../components/data/data.css';
import '../../components/insights/insights.css';
import { startPanel } from '../../app/panel';
import { PanelApp } from '../../components/app/PanelApp';

// Not a top-level await: with one, Rollup moves the code lazy chunks share with the page out of its file, and the
// page would fetch six files before its first frame instead of one.
void startPanel().then((panel) => render(<PanelApp {...panel} />, document.getElementById('app')!));
