import { i18n } from '#i18n';

/**
 * "Summary for your doctor": a plain link to the extension's summary page in a new tab. A link rather than a
 * tabs call: it needs no permission, works from the side panel and Firefox's sidebar alike, and the keyboard
 * and screen readers know it already.
 */
export function SummaryLink() {
  return (
    <p class="summary-open">
      <a href="/summary.html" target="_blank" rel="noopener" aria-describedby="summary-open-hint">
        {i18n.t('summary.open')}
      </a>{' '}
      <span id="summary-open-hint" class="muted">
        {i18n.t('summary.openHint')}
      </span>
    </p>
  );
}
