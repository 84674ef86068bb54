/** Every red-flag log of a period, oldest first: the guide's red-flag rule, applied to each log as recorded. */
import { isRedFlag } from '../symptoms';
import { logDay, type SymptomLog } from '../symptom-log';
import { inPeriod, type SummaryPeriod } from './period';

/** Logs in the period that the guide would have the user see a provider about promptly, oldest first. */
export function redFlagLogsIn(logs: Iterable<SymptomLog>, period: Pick<SummaryPeriod, 'first' | 'last'>): SymptomLog[] {
  const found: SymptomLog[] = [];
  for (const log of logs) if (isRedFlag(log) && inPeriod(period, logDay(log))) found.push(log);
  return found.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
}
