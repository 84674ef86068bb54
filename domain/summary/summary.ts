/**
 * A summary for the user's doctor, as plain data: the period's trends, red-flag logs, possible links,
 * plan cycles and notes, all worked out by the same code as Insights so the two never disagree.
 */
import { summarizeDays } from '../insights/day-summary';
import type { HabitHistory } from '../insights/factors';
import { analyzeLinks, type LinkAnalysis } from '../insights/links';
import { computeRangeTrends, type RangeTrends } from '../insights/trends';
import type { JournalEntry } from '../journal-entry';
import type { LocalDate } from '../local-date';
import type { PastCycle, PlanState } from '../plan-state';
import type { SymptomLog } from '../symptom-log';
import { notesIn, type NoteChoice } from './notes';
import { inPeriod, type SummaryPeriod } from './period';
import { cyclesIn, type CycleRecord } from './plan-cycles';
import { redFlagLogsIn } from './red-flag-logs';

/** The longest name the summary prints (and keeps, when the user asks it to remember the name). */
export const SUMMARY_NAME_MAX = 100;

export interface SummaryRecords {
  /** Logs and entries from the period and as many days before it (trends compare with those). */
  logs: readonly SymptomLog[];
  entries: readonly JournalEntry[];
  plan: PlanState;
  history: readonly PastCycle[];
  habits: HabitHistory | null;
}

export interface Summary {
  period: SummaryPeriod;
  /** Whether anything at all was recorded in the period (logs, entries, or a plan cycle). */
  hasRecords: boolean;
  trends: RangeTrends;
  redFlags: SymptomLog[];
  links: LinkAnalysis;
  cycles: CycleRecord[];
  notes: NoteChoice[];
}

/**
 * The summary of `period` on `today`. Links are looked for in the period's own records only (the Insights
 * method and thresholds, on these days), so every link printed is about the days the summary covers.
 */
export function buildSummary(
  records: SummaryRecords,
  period: SummaryPeriod,
  today: LocalDate,
  order: readonly string[] = [],
): Summary {
  const days = summarizeDays(records.logs, records.entries);
  const inside = days.filter((day) => inPeriod(period, day.day));
  const cycles = cyclesIn(records.plan, records.history, period, today);
  return {
    period,
    hasRecords: inside.length > 0 || cycles.length > 0,
    trends: computeRangeTrends(days, period.first, period.last, order),
    redFlags: redFlagLogsIn(records.logs, period),
    links: analyzeLinks({ summaries: inside, today: period.last, habits: records.habits }),
    cycles,
    notes: notesIn(records.logs, records.entries, period),
  };
}
