import { i18n } from '#i18n';
import type { LogNotice as Notice, LogNoticeModel } from '../../models/log-notice-model';
import { describeLog } from './symptom-names';
import { ProblemText } from './ProblemText';

interface Props {
  notices: LogNoticeModel;
  nameOf: (id: string) => string;
}

function message(notice: Notice, nameOf: (id: string) => string): string {
  const what = notice.logs.map((log) => describeLog(log, nameOf)).join('; ');
  switch (notice.kind) {
    case 'saved': return i18n.t('log.notice.saved', [what]);
    case 'deleted': return i18n.t('log.notice.deleted', [what]);
    case 'updated': return i18n.t('log.notice.updated', [what]);
    case 'failed': return i18n.t('log.notice.failed', [what]);
    default:
      if (notice.undid === 'saved') return i18n.t('log.notice.undoneSaved', [what]);
      if (notice.undid === 'deleted') return i18n.t('log.notice.undoneDeleted', [what]);
      return i18n.t('log.notice.undoneUpdated', [what]);
  }
}

/** The confirmation line after a save, edit or delete, with Undo for a few seconds. Always in the DOM: a live region. */
export function LogNotice({ notices, nameOf }: Props) {
  const notice = notices.current.value;
  return (
    <div
      class="log-notice"
      role="status"
      onFocusIn={() => notices.hold(true)}
      onFocusOut={() => notices.hold(false)}
      onMouseEnter={() => notices.hold(true)}
      onMouseLeave={() => notices.hold(false)}
    >
      {notice && (
        <div class={`log-notice-body log-notice-${notice.kind}`}>
          <p>
            {message(notice, nameOf)}
            {notice.problem && (
              <>
                {' '}
                <ProblemText problem={notice.problem} />
              </>
            )}
          </p>
          <div class="log-notice-actions">
            {notice.undo && (
              <button type="button" class="primary" onClick={() => void notices.undo()}>
                {i18n.t('log.notice.undo')}
              </button>
            )}
            <button type="button" class="link" aria-label={i18n.t('log.notice.dismiss')} onClick={() => notices.dismiss()}>
              ×
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
