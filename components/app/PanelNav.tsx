import { i18n } from '#i18n';
import { PANEL_VIEWS, type PanelView } from '../../domain/panel-route';

interface Props {
  current: PanelView;
  onSelect: (view: PanelView) => void;
}

const LABEL_KEYS = {
  today: 'panel.nav.today',
  guide: 'panel.nav.guide',
  journal: 'panel.nav.journal',
  insights: 'panel.nav.insights',
  data: 'panel.nav.data',
} as const;

/** The view switcher: plain links with aria-current, so it reads as navigation and works by keyboard. */
export function PanelNav({ current, onSelect }: Props) {
  return (
    <nav class="panel-nav" aria-label={i18n.t('panel.nav.label')}>
      {PANEL_VIEWS.map((view) => (
        <a
          key={view}
          href={`#/${view}`}
          aria-current={view === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            onSelect(view);
          }}
        >
          {i18n.t(LABEL_KEYS[view])}
        </a>
      ))}
    </nav>
  );
}
