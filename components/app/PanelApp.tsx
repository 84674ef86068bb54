import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { PanelView } from '../../domain/panel-route';
import type { RouterModel } from '../../models/router-model';
import { PanelNav } from './PanelNav';
import { DisclaimerButton } from '../common/DisclaimerButton';

export interface PanelAppProps {
  router: RouterModel;
  /** One render function per view; app/panel.tsx wires each to its model. */
  views: Record<PanelView, () => ComponentChildren>;
}

/** The side panel: header with the disclaimer, the view switcher, and the current view. */
export function PanelApp({ router, views }: PanelAppProps) {
  const view = router.route.value.view;
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-brand">{i18n.t('extName')}</h1>
        <DisclaimerButton />
      </header>
      <PanelNav current={view} onSelect={(next) => router.go({ view: next })} />
      <main class="panel-main" id="panel-main">
        {views[view]()}
      </main>
    </div>
  );
}
