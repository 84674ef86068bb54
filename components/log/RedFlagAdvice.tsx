import { i18n } from '#i18n';

interface Props {
  onDismiss: () => void;
  /** Unique per page: a list may show the advice beside several logs. */
  id?: string;
  /** A heading in the logger; a plain title inside a list item, where a heading would break the outline. */
  titleAs?: 'h2' | 'p';
}

/**
 * The guide's own red-flag advice, quoted, after a red-flag log. Calm on purpose: the log is already saved,
 * nothing is blocked, and nothing is diagnosed.
 */
export function RedFlagAdvice({ onDismiss, id = 'red-flag-title', titleAs: Title = 'h2' }: Props) {
  return (
    <div class="callout callout-caution red-flag-advice" role="note" aria-labelledby={id}>
      <Title id={id} class="red-flag-title">
        {i18n.t('log.redFlag.title')}
      </Title>
      <p>{i18n.t('log.redFlag.quote', [i18n.t('caution.redFlags')])}</p>
      <p>{i18n.t('log.redFlag.saved')}</p>
      <button type="button" onClick={onDismiss}>
        {i18n.t('log.redFlag.ok')}
      </button>
    </div>
  );
}
