/** The words for the data view's states: import problems, sizes, dates. */
import { i18n } from '#i18n';
import type { ImportProblem, Rule } from '../../domain/import-schema';
import type { PartId } from '../../domain/export-file';
import type { Counts } from '../../domain/data-contents';
import type { UnsavedCounts } from '../../domain/data-contents';
import type { DataWriteProblem, SyncWriteProblem } from '../../domain/write-problems';

/** Where in the file a problem is: the part, the entry number, the field. */
function where(problem: Extract<ImportProblem, { code: 'invalid' }>): string {
  let place =
    problem.part === 'header'
      ? i18n.t('data.import.where.header')
      : i18n.t(`data.import.parts.${problem.part satisfies PartId}` as 'data.import.parts.logs');
  if (problem.entry !== undefined) place = i18n.t('data.import.where.entry', [place, problem.entry]);
  if (problem.field) place = i18n.t('data.import.where.field', [place, problem.field]);
  return place;
}

/** The one message for a file that cannot be imported. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return i18n.t('data.import.problems.tooLarge', [formatBytes(problem.bytes), formatBytes(problem.limit)]);
    case 'newerVersion':
      return i18n.t('data.import.problems.newerVersion', [problem.version]);
    case 'invalid':
      return i18n.t('data.import.problems.invalid', [
        where(problem),
        i18n.t(`data.import.rules.${problem.rule satisfies Rule}` as 'data.import.rules.object'),
      ]);
    default:
      return i18n.t(`data.import.problems.${problem.code}` as 'data.import.problems.empty');
  }
}

/** Why an import failed (nothing was changed). */
export function writeProblemText(code: DataWriteProblem): string {
  return i18n.t(`data.import.failed.${code}` as 'data.import.failed.writeFailed');
}

/**
 * Why a change to a synced value (plan, symptom list, reminder) was refused; nothing was changed. For the
 * views that write them: a SyncWriteError's `code` (storage/synced-item.ts).
 */
export function syncProblemText(code: SyncWriteProblem): string {
  return i18n.t(`data.syncProblems.${code}` as 'data.syncProblems.writeFailed');
}

/** "850 bytes", "12.4 kB", "3.1 MB" in the reader's language; 1 kB = 1024 bytes, as the browsers' quotas count (sync: 100 kB, 8 kB per item). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const [unit, value] =
    bytes >= 1024 * 1024 ? (['megabyte', bytes / (1024 * 1024)] as const) : (['kilobyte', bytes / 1024] as const);
  return new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** A stored ISO instant as a date and time in the reader's language. */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** What goes besides the stored kinds: values no reader can show, and records not yet stored (Replace says so too). */
export function alsoGoes(counts: Pick<Counts, 'damaged'>, unsaved: UnsavedCounts): string[] {
  const lines: string[] = [];
  if (counts.damaged) lines.push(i18n.t('data.delete.damaged', counts.damaged));
  if (unsaved.pendingLogs) lines.push(i18n.t('data.delete.pendingLogs', unsaved.pendingLogs));
  if (unsaved.editDrafts) lines.push(i18n.t('data.delete.editDrafts', unsaved.editDrafts));
  return lines;
}
