import { i18n } from '#i18n';

interface Props {
  onDismiss: () => void;
}

/**
 * The guide's own red-flag advice, quoted, after a red-flag log. Calm on purpose: the log is already saved,
 * nothing is blocked, and nothing is diagnosed.
 */
export function RedFlagAdvice({ onDismiss }: Props) {
  return (
    <div class="callout callout-caution red-flag-advice" role="note" aria-labelledby="red-flag-title">
      <h2 id="red-flag-title" class="red-flag-title">{i18n.t('log.redFlag.title')}</h2>
      <p>{i18n.t('log.redFlag.quote')}</p>
      <p>{i18n.t('log.redFlag.saved')}</p>
      <button type="button" onClick={onDismiss}>
        {i18n.t('log.redFlag.ok')}
      </button>
    </div>
  );
}
