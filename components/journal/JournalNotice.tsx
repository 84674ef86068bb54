import { i18n } from '#i18n';
import type { JournalNotice as Notice, JournalNoticeModel } from '../../models/journal-notice-model';
import { describeItem, timelineProblemText } from './journal-words';

interface Props {
  notices: JournalNoticeModel;
  nameOf: (id: string) => string;
}

function message(notice: Notice, nameOf: (id: string) => string): string {
  const what = describeItem(notice.item, nameOf);
  switch (notice.kind) {
    case 'saved': return i18n.t('journal.notice.saved', [what]);
    case 'updated': return i18n.t('journal.notice.updated', [what]);
    case 'deleted': return i18n.t('journal.notice.deleted', [what]);
    case 'failed': return `${i18n.t('journal.notice.failed', [what])} ${notice.problem ? timelineProblemText(notice.problem) : ''}`.trim();
    default:
      if (notice.undid === 'saved') return i18n.t('journal.notice.undoneSaved', [what]);
      if (notice.undid === 'deleted') return i18n.t('journal.notice.undoneDeleted', [what]);
      return i18n.t('journal.notice.undoneUpdated', [what]);
  }
}

/** The line after a save, edit or delete, with Undo for a few seconds. Always in the DOM: a live region. */
export function JournalNotice({ notices, nameOf }: Props) {
  const notice = notices.current.value;
  return (
    <div
      class="log-notice journal-notice"
      role="status"
      onFocusIn={() => notices.hold(true)}
      onFocusOut={() => notices.hold(false)}
      onMouseEnter={() => notices.hold(true)}
      onMouseLeave={() => notices.hold(false)}
    >
      {notice && (
        <div class={`log-notice-body log-notice-${notice.kind}`}>
          <p>{message(notice, nameOf)}</p>
          <div class="log-notice-actions">
            {notice.undo && (
              <button
                type="button"
                id="journal-undo"
                class="primary"
                onClick={async (event) => {
                  const region = event.currentTarget.closest('.journal-notice');
                  await notices.undo();
                  // The Undo button is gone now; keep the keyboard user in the notice, not on the page's start.
                  queueMicrotask(() => region?.querySelector<HTMLElement>('button')?.focus());
                }}
              >
                {i18n.t('journal.notice.undo')}
              </button>
            )}
            <button type="button" class="link" aria-label={i18n.t('journal.notice.dismiss')} onClick={() => notices.dismiss()}>
              ×
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
