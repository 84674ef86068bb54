/**
 * The plan, the symptom list and the plan reminder, from `storage.local` (Gutwise 0.1, before sync) to
 * `storage.sync` (fixtures: tests/integration/storage/migrations/fixtures/local-*-v1.json).
 *
 * 0.1 kept each as one plain value under its own name (`plan`, `symptoms`, `planReminder`, with WXT's `<name>$`
 * version key). A synced item (storage/synced-item.ts) joins that value into its field map on its first read or
 * write and removes the local keys, once. Its fields are stamped 1, older than any real write: where another
 * browser already synced a field, its value wins; everything else of the local value is kept.
 */
import type { FieldState } from '../../domain/lww-map';
import type { FieldCodec } from '../../domain/synced-fields';

/** The field map of a value an earlier release kept in `storage.local`. */
export function localValueToSynced<T>(value: T, codec: FieldCodec<T>): FieldState {
  const moved: FieldState = { epoch: 0, fields: {} };
  for (const [field, stamped] of Object.entries(codec.toFields(value))) if (stamped !== null) moved.fields[field] = [stamped, 1];
  return moved;
}
