import { render } from 'preact';
import '../../components/styles.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { createSidePanelOpener } from '../../platform/side-panel';

const sidePanel = createSidePanelOpener();
void sidePanel.prepare();
render(<PopupApp openSidePanel={() => void sidePanel.open()} />, document.getElementById('app')!);
