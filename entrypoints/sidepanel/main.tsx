import { render } from 'preact';
import '../../components/styles.css';
import '../../components/app/panel.css';
import { PanelApp } from '../../components/app/PanelApp';
import { createRouterModel } from '../../models/router-model';

const router = createRouterModel(window, { view: 'guide' });

render(
  <PanelApp
    router={router}
    views={{
      today: () => null,
      guide: () => null,
      journal: () => null,
      data: () => null,
    }}
  />,
  document.getElementById('app')!,
);
