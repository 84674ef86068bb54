import { i18n } from '#i18n';
import type { LogProblem } from '../../models/log-problem';

/** The message for a problem: what happened, and that nothing was changed. */
export function problemMessage(problem: LogProblem): string {
  switch (problem) {
    case 'future':
      return i18n.t('log.errors.future');
    case 'badTime':
      return i18n.t('log.errors.badTime');
    case 'noteTooLong':
      return i18n.t('log.errors.noteTooLong');
    case 'notFound':
      return i18n.t('log.errors.notFound');
    case 'changed':
      return i18n.t('log.errors.changed');
    case 'unreadableDay':
      return i18n.t('log.errors.unreadableDay');
    case 'newerDay':
      return i18n.t('log.errors.newerDay');
    case 'writeFailed':
      return i18n.t('log.errors.writeFailed');
    default:
      return i18n.t('log.errors.invalid');
  }
}

/** A problem as inline text. */
export function ProblemText({ problem }: { problem: LogProblem }) {
  return <span class="log-problem">{problemMessage(problem)}</span>;
}
