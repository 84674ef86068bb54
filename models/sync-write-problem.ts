/** Turns a refused write into the code the views explain (components/data/data-text.ts syncProblemText). */
import type { SyncWriteProblem } from '../domain/write-problems';

const PROBLEMS: readonly SyncWriteProblem[] = ['tooLarge', 'quota', 'newer', 'writeFailed'];

/** The refusal's code (storage/synced-item.ts SyncWriteError), or a plain "could not be saved". */
export function syncWriteProblemOf(error: unknown): SyncWriteProblem {
  const code = (error as { code?: unknown } | null)?.code;
  return PROBLEMS.includes(code as SyncWriteProblem) ? (code as SyncWriteProblem) : 'writeFailed';
}
