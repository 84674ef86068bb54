import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import './disclaimer.css';

/**
 * "Not medical advice" is one click away from every view. A native <dialog> gives focus trapping,
 * Escape to close and the modal role without extra code.
 */
export function DisclaimerButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="link" onClick={() => dialog.current?.showModal()}>
        {i18n.t('disclaimer.open')}
      </button>
      <dialog ref={dialog} class="disclaimer" aria-labelledby="disclaimer-title">
        <h2 id="disclaimer-title">{i18n.t('disclaimer.title')}</h2>
        <p>{i18n.t('disclaimer.body')}</p>
        <p>{i18n.t('caution.supplements')}</p>
        <aside class="callout callout-caution" role="note">
          <p>{i18n.t('caution.redFlags')}</p>
        </aside>
        <p class="muted">{i18n.t('disclaimer.privacy')}</p>
        <form method="dialog">
          <button type="submit" class="primary">
            {i18n.t('disclaimer.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
