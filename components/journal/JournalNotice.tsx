import { i18n } from '#i18n';
import type { JournalNotice as Notice, JournalNoticeModel } from '../../models/journal-notice-model';
import { describeItem, timelineProblemText } from './journal-words';
import { UndoNoticeLine } from '../common/UndoNoticeLine';

interface Props {
  notices: JournalNoticeModel;
  nameOf: (id: string) => string;
}

function message(notice: Notice, nameOf: (id: string) => string): string {
  const what = describeItem(notice.item, nameOf);
  switch (notice.kind) {
    case 'saved':
      return i18n.t('journal.notice.saved', [what]);
    case 'updated':
      return i18n.t('journal.notice.updated', [what]);
    case 'deleted':
      return i18n.t('journal.notice.deleted', [what]);
    case 'failed':
      return `${i18n.t('journal.notice.failed', [what])} ${notice.problem ? timelineProblemText(notice.problem) : ''}`.trim();
    default:
      if (notice.undid === 'saved') return i18n.t('journal.notice.undoneSaved', [what]);
      if (notice.undid === 'deleted') return i18n.t('journal.notice.undoneDeleted', [what]);
      return i18n.t('journal.notice.undoneUpdated', [what]);
  }
}

/** The journal's line after a save, edit or delete, with Undo for a few seconds. */
export function JournalNotice({ notices, nameOf }: Props) {
  return (
    <UndoNoticeLine
      notices={notices}
      class="journal-notice"
      undoId="journal-undo"
      undoLabel={i18n.t('journal.notice.undo')}
      dismissLabel={i18n.t('journal.notice.dismiss')}
      message={(notice) => message(notice, nameOf)}
    />
  );
}
