import { render } from 'preact';
import '../../components/styles.css';
import { PanelApp } from '../../components/app/PanelApp';

render(<PanelApp />, document.getElementById('app')!);
