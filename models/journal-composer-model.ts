import { signal, type ReadonlySignal } from '@preact/signals';
import type { EntryKind, JournalEntry } from '../domain/journal-entry';
import { emptyForm, formToEntry, type EntryForm } from '../domain/journal-form';
import type { JournalStore } from '../storage/journal-store';
import type { JournalNoticeModel } from './journal-notice-model';
import { journalProblemOf, type JournalProblem } from './journal-problem';
import type { Clock, Timers } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';

export interface ComposerModel {
  /** The entry being written; null when the composer is closed. */
  form: ReadonlySignal<EntryForm | null>;
  problem: ReadonlySignal<JournalProblem | undefined>;
  saving: ReadonlySignal<boolean>;
  /** True when the form came back from a draft left unsaved earlier. */
  restored: ReadonlySignal<boolean>;
  /** Reads the draft left by an earlier visit (once), unless the user has started writing already. */
  restore(): Promise<void>;
  /** Opens the form for a kind; switching kind keeps everything typed so far. */
  open(kind: EntryKind): void;
  change: (patch: Partial<EntryForm>) => void;
  /** Closes the form and forgets the draft. */
  discard(): Promise<void>;
  /** Saves the entry (Undo offered); on a problem the form stays with its message and nothing is written. */
  save(): Promise<JournalEntry | undefined>;
  /** Writes a pending draft now (the panel is being hidden). */
  flush(): Promise<void>;
}

export interface ComposerDeps {
  store: JournalStore;
  clock: Clock;
  /** Where the half-written entry is kept (storage/items.ts's journalDraftItem; tests pass their own). */
  draft: Pick<StoredValue<EntryForm | null>, 'get' | 'set'>;
  timers: Timers;
  notices: JournalNoticeModel;
}

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 400;

/** The "write in your journal" form, with its draft kept in storage as the user types. */
export function createComposerModel({ store, clock, draft, timers, notices }: ComposerDeps): ComposerModel {
  const form = signal<EntryForm | null>(null);
  const problem = signal<JournalProblem | undefined>(undefined);
  const saving = signal(false);
  const restored = signal(false);
  let timer: unknown;
  let restoring: Promise<void> | undefined;
  let dirty = false;
  let touched = false;

  const writeDraft = async () => {
    timers.clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    // A draft that cannot be stored only loses the draft; the form on screen stays as it is.
    await draft.set(form.value).catch(() => undefined);
  };
  const schedule = () => {
    touched = true;
    dirty = true;
    timers.clearTimeout(timer);
    timer = timers.setTimeout(() => void writeDraft(), DRAFT_DELAY_MS);
  };
  const forget = async () => {
    timers.clearTimeout(timer);
    dirty = false;
    restored.value = false;
    await draft.set(null).catch(() => undefined);
  };

  return {
    form,
    problem,
    saving,
    restored,
    restore() {
      restoring ??= draft.get().then(
        (saved) => {
          if (saved && !touched && form.value === null) {
            form.value = saved;
            restored.value = true;
          }
        },
        () => undefined,
      );
      return restoring;
    },
    open(kind) {
      form.value = form.value ? { ...form.value, kind } : emptyForm(kind);
      problem.value = undefined;
      schedule();
    },
    change(patch) {
      if (!form.value) return;
      form.value = { ...form.value, ...patch };
      problem.value = undefined;
      schedule();
    },
    async discard() {
      form.value = null;
      problem.value = undefined;
      await forget();
    },
    async save() {
      const current = form.value;
      if (!current || saving.value) return undefined;
      const parsed = formToEntry(current, clock);
      if (!parsed.ok) {
        problem.value = parsed.error;
        return undefined;
      }
      saving.value = true;
      try {
        const entry = await store.add(parsed.input);
        if (form.value === current) form.value = null;
        problem.value = undefined;
        await forget();
        notices.show({ kind: 'saved', item: { type: 'entry', entry }, undo: async () => void (await store.remove(entry)) });
        return entry;
      } catch (error) {
        problem.value = journalProblemOf(error);
        return undefined;
      } finally {
        saving.value = false;
      }
    },
    flush: writeDraft,
  };
}
