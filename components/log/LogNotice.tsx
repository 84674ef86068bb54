import { i18n } from '#i18n';
import type { LogNotice as Notice, LogNoticeModel } from '../../models/log-notice-model';
import { describeLog } from './symptom-names';
import { ProblemText } from './ProblemText';
import { UndoNoticeLine } from '../common/UndoNoticeLine';

interface Props {
  notices: LogNoticeModel;
  nameOf: (id: string) => string;
}

function message(notice: Notice, nameOf: (id: string) => string): string {
  const what = notice.logs.map((log) => describeLog(log, nameOf)).join('; ');
  switch (notice.kind) {
    case 'saved':
      return i18n.t('log.notice.saved', [what]);
    case 'deleted':
      return i18n.t('log.notice.deleted', [what]);
    case 'updated':
      return i18n.t('log.notice.updated', [what]);
    case 'failed':
      return i18n.t('log.notice.failed', [what]);
    default:
      if (notice.undid === 'saved') return i18n.t('log.notice.undoneSaved', [what]);
      if (notice.undid === 'deleted') return i18n.t('log.notice.undoneDeleted', [what]);
      return i18n.t('log.notice.undoneUpdated', [what]);
  }
}

/** The confirmation line after a save, edit or delete of symptom logs, with Undo for a few seconds. */
export function LogNotice({ notices, nameOf }: Props) {
  return (
    <UndoNoticeLine
      notices={notices}
      undoLabel={i18n.t('log.notice.undo')}
      dismissLabel={i18n.t('log.notice.dismiss')}
      message={(notice) => (
        <>
          {message(notice, nameOf)}
          {notice.problem && (
            <>
              {' '}
              <ProblemText problem={notice.problem} />
            </>
          )}
        </>
      )}
    />
  );
}
