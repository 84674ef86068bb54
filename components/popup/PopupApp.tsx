import { i18n } from '#i18n';

interface Props {
  openSidePanel: () => void;
}

/** The toolbar popup. Quick logging and today's task arrive with their issues. */
export function PopupApp({ openSidePanel }: Props) {
  return (
    <main class="popup">
      <h1 class="popup-title">{i18n.t('extName')}</h1>
      <button type="button" class="primary" onClick={openSidePanel}>
        {i18n.t('popup.openSidePanel')}
      </button>
    </main>
  );
}
