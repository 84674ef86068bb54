/** The journal's words: kinds, scales, entries described in a line, dates and problems, all from locales. */
import { i18n } from '#i18n';
import type { JournalEntry } from '../../domain/journal-entry';
import type { ItemKind, TimelineItem } from '../../domain/journal-timeline';
import type { BristolType, SleepQuality, StressLevel } from '../../domain/journal-scales';
import { localTime } from '../../domain/log-time';
import type { JournalProblem, TimelineProblem } from '../../models/journal-problem';
import { describeLog } from '../log/symptom-names';
import { problemMessage } from '../log/ProblemText';

/** The name of an entry kind (or of symptom logs). */
export function kindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'food':
      return i18n.t('journal.kind.food');
    case 'stress':
      return i18n.t('journal.kind.stress');
    case 'sleep':
      return i18n.t('journal.kind.sleep');
    case 'movement':
      return i18n.t('journal.kind.movement');
    case 'bowel':
      return i18n.t('journal.kind.bowel');
    case 'note':
      return i18n.t('journal.kind.note');
    default:
      return i18n.t('journal.kind.symptom');
  }
}

/** none, low, moderate, high, very high. */
export function stressWord(level: StressLevel): string {
  return [
    i18n.t('journal.stress.none'),
    i18n.t('journal.stress.low'),
    i18n.t('journal.stress.moderate'),
    i18n.t('journal.stress.high'),
    i18n.t('journal.stress.veryHigh'),
  ][level]!;
}

/** very poor, poor, fair, good, very good. */
export function sleepWord(quality: SleepQuality): string {
  return [
    i18n.t('journal.sleep.veryPoor'),
    i18n.t('journal.sleep.poor'),
    i18n.t('journal.sleep.fair'),
    i18n.t('journal.sleep.good'),
    i18n.t('journal.sleep.veryGood'),
  ][quality - 1]!;
}

/** The Bristol type's picture in words. */
export function bristolWord(type: BristolType): string {
  return [
    i18n.t('journal.bowel.t1'),
    i18n.t('journal.bowel.t2'),
    i18n.t('journal.bowel.t3'),
    i18n.t('journal.bowel.t4'),
    i18n.t('journal.bowel.t5'),
    i18n.t('journal.bowel.t6'),
    i18n.t('journal.bowel.t7'),
  ][type - 1]!;
}

/** What the entry records besides its note, in a line ("Stress 3 of 4, high"); empty for a plain note. */
export function entryDetail(entry: JournalEntry): string {
  switch (entry.kind) {
    case 'food':
      return entry.tags.length ? entry.tags.join(', ') : '';
    case 'stress':
      return i18n.t('journal.stress.described', [entry.level, stressWord(entry.level)]);
    case 'sleep':
      return i18n.t('journal.sleep.described', [String(entry.hours), sleepWord(entry.quality)]);
    case 'movement': {
      const minutes = entry.minutes === null ? '' : i18n.t('journal.movement.minutesShort', [entry.minutes]);
      return [entry.activity, minutes].filter(Boolean).join(', ');
    }
    case 'bowel':
      return i18n.t('journal.bowel.described', [entry.bristol, bristolWord(entry.bristol)]);
    default:
      return '';
  }
}

/** The entry's wall-clock time ("08:05") in the offset it was written in. */
export function entryClock(entry: Pick<JournalEntry, 'at' | 'offsetMin'>): string {
  return localTime(Date.parse(entry.at), entry.offsetMin);
}

/** "Food or drink at 12:30" / "Bloating (moderate) at 14:05", for notices and button names. */
export function describeItem(item: TimelineItem, nameOf: (id: string) => string): string {
  if (item.type === 'log') return describeLog(item.log, nameOf);
  return i18n.t('journal.notice.item', [kindLabel(item.entry.kind), entryClock(item.entry)]);
}

/** A wall-calendar day in words ("Thursday, 26 November 2026"), in the browser's language; no zone shift. */
export function formatDay(
  day: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

const PROBLEMS: Record<JournalProblem, () => string> = {
  kind: () => i18n.t('journal.errors.kind'),
  moment: () => i18n.t('journal.errors.moment'),
  future: () => i18n.t('journal.errors.future'),
  offset: () => i18n.t('journal.errors.offset'),
  badDate: () => i18n.t('journal.errors.badDate'),
  badTime: () => i18n.t('journal.errors.badTime'),
  note: () => i18n.t('journal.errors.note'),
  noteTooLong: () => i18n.t('journal.errors.noteTooLong'),
  noteEmpty: () => i18n.t('journal.errors.noteEmpty'),
  foodEmpty: () => i18n.t('journal.errors.foodEmpty'),
  tagTooLong: () => i18n.t('journal.errors.tagTooLong'),
  tooManyTags: () => i18n.t('journal.errors.tooManyTags'),
  tagInvalid: () => i18n.t('journal.errors.tagInvalid'),
  level: () => i18n.t('journal.errors.level'),
  hours: () => i18n.t('journal.errors.hours'),
  quality: () => i18n.t('journal.errors.quality'),
  movementEmpty: () => i18n.t('journal.errors.movementEmpty'),
  activityTooLong: () => i18n.t('journal.errors.activityTooLong'),
  minutes: () => i18n.t('journal.errors.minutes'),
  bristol: () => i18n.t('journal.errors.bristol'),
  notFound: () => i18n.t('journal.errors.notFound'),
  changed: () => i18n.t('journal.errors.changed'),
  unreadableDay: () => i18n.t('journal.errors.unreadableDay'),
  newerDay: () => i18n.t('journal.errors.newerDay'),
  writeFailed: () => i18n.t('journal.errors.writeFailed'),
};

/** The message for a journal problem: what is wrong, and that nothing was changed or lost. */
export function journalProblemText(problem: JournalProblem): string {
  return (PROBLEMS[problem] ?? PROBLEMS.writeFailed)();
}

/** The message for a problem from either store. */
export function timelineProblemText(problem: TimelineProblem): string {
  return 'log' in problem ? problemMessage(problem.log) : journalProblemText(problem.journal);
}
