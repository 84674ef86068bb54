/**
 * Why a write failed, as the codes the stores throw and the views explain: the vocabulary storage/ and the views
 * share, so neither imports the other.
 */

/** `syncFull`: browser sync refused the write (its quota, or its limit of writes a minute); `storageFull`: this computer's storage. */
export type DataWriteProblem = 'storageFull' | 'syncFull' | 'syncTooLarge' | 'newerElsewhere' | 'writeFailed';

/** A synced setting's write: too large for one sync item, over sync's quota, newer elsewhere, or failed. */
export type SyncWriteProblem = 'tooLarge' | 'newer' | 'quota' | 'writeFailed';
