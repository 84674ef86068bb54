import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';

interface Props {
  openSidePanel: () => void;
  /** Quick symptom logging: components/popup/PopupLogging.tsx. */
  logging?: ComponentChildren;
  /** Below everything: the way to the disclaimer (loaded after the first frame). */
  footer?: ComponentChildren;
}

/** The toolbar popup: quick symptom logging (with today's task below it), the way to the side panel and the disclaimer. */
export function PopupApp({ openSidePanel, logging, footer }: Props) {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{i18n.t('extName')}</h1>
        <button type="button" class="primary" onClick={openSidePanel}>
          {i18n.t('popup.openSidePanel')}
        </button>
      </header>
      {logging}
      {footer && <footer class="popup-footer">{footer}</footer>}
    </main>
  );
}
