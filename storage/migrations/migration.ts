/**
 * The one migration pattern: every change of a stored shape is one step, in a file of its own here named
 * `<what>-v<n>-to-v<n+1>.ts`, with a fixture of the old shape and a test
 * (tests/integration/storage/migrations/). A step is a pure function from the old value to the new one; the
 * code that reads the value (storage/day-records.ts for days, storage/synced-item.ts for the values earlier
 * releases kept locally, storage/day-summaries.ts for Insights' summaries) runs it when it meets the old shape.
 */

/** What a step may need besides the old value: the time zone, to recover an offset an old shape lacked. */
export interface MigrationContext {
  offsetAt(epochMs: number): number;
}

/** Turns a value of one version into the next version's shape. */
export type MigrationStep = (old: unknown, context: MigrationContext) => unknown;
