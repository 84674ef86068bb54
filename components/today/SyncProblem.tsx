import type { SyncWriteProblem } from '../../domain/write-problems';
import { syncProblemText } from '../data/data-text';

/** Why a change to the plan or the reminder was refused (it syncs within browser quotas); nothing changed. */
export function SyncProblem({ code }: { code: SyncWriteProblem | undefined }) {
  if (!code) return null;
  return (
    <p class="today-error" role="alert">
      {syncProblemText(code)}
    </p>
  );
}
