import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Guide, GuideSection } from '../domain/guide-types';
import { searchGuide, type SearchResult } from '../domain/guide-search';
import { countRead, EMPTY_PROGRESS, sameProgress, setRead, type ReadingProgress } from '../domain/reading-progress';
import type { StoredValue } from '../storage/stored-value';
import type { PageCopy } from '../storage/page-copy';

export type GuideMode = 'section' | 'contents';

export interface GuideModel {
  guide: Guide;
  mode: Signal<GuideMode>;
  current: ReadonlySignal<GuideSection>;
  previous: ReadonlySignal<GuideSection | undefined>;
  next: ReadonlySignal<GuideSection | undefined>;
  progress: ReadonlySignal<ReadingProgress>;
  readCount: ReadonlySignal<number>;
  query: Signal<string>;
  results: ReadonlySignal<SearchResult[]>;
  /** Words to highlight in the open section after jumping from a search result. */
  highlight: Signal<string>;
  /** Section to go back to after following a citation into the references. */
  returnTo: Signal<GuideSection | undefined>;
  /** Element id inside the open section to scroll to (a heading anchor or a reference entry). */
  target: Signal<string>;
  /** True when the place came from the page copy at creation, so the first frame need not wait for `load()`. */
  placeKnown: boolean;
  /** True once the reader has opened a section in this panel, as opposed to the place the panel opened on. */
  readonly navigated: boolean;
  /** Loads the stored place; resolves once `current` and the scroll offset are the stored ones. */
  load(): Promise<void>;
  open(sectionId: string, options?: { highlight?: string; scrollTop?: number; anchor?: string }): void;
  /** Follows an in-text citation to its entry in the references; may be handed on as a bare callback. */
  openCitation: (referenceId: string) => void;
  toggleRead(sectionId: string): void;
  saveScroll(scrollTop: number): void;
  isRead: (sectionId: string) => boolean;
}

/**
 * The guide reader's state: where the reader is, what is read, and search. `copy` is the page copy of the
 * reader's place (storage/reading-copy.ts), so the panel's first frame needs no storage read.
 */
export function createGuideModel(
  guide: Guide,
  store: StoredValue<ReadingProgress>,
  copy?: PageCopy<ReadingProgress>,
): GuideModel {
  const sections = guide.sections;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const first = sections[0] as GuideSection;
  // Only a place in this guide counts: a section retired by an update starts the reader at the beginning.
  const inGuide = (p: ReadingProgress): ReadingProgress =>
    byId.has(p.sectionId) ? p : { ...p, sectionId: first.id, scrollTop: 0 };
  const copied = copy?.read();
  const progress = signal<ReadingProgress>(copied ? inGuide(copied) : { ...EMPTY_PROGRESS, sectionId: first.id });
  // Storage stays the source of truth; the page copy follows every later value the panel holds (the value it
  // starts with is the copy's own or the default, so writing it back would only add work to the first frame).
  if (copy) {
    let first = true;
    progress.subscribe((value) => (first ? (first = false) : copy.write(value)));
  }
  const mode = signal<GuideMode>('section');
  const query = signal('');
  const highlight = signal('');
  const returnTo = signal<GuideSection | undefined>(undefined);
  const target = signal('');
  const current = computed(() => byId.get(progress.value.sectionId) ?? first);
  const index = computed(() => sections.indexOf(current.value));
  const ids = sections.map((s) => s.id);
  let navigated = false;

  // Every change goes through the store's locked update, so two open panels never undo each other.
  const persist = (change: (p: ReadingProgress) => ReadingProgress) => {
    progress.value = change(progress.value);
    void store.update(change);
  };

  // A value equal to the one held changes nothing: the open section is not drawn again for it (the stored place
  // read after a first frame drawn from its copy is, almost always, that copy).
  const hold = (value: ReadingProgress) => {
    if (!sameProgress(value, progress.peek())) progress.value = value;
  };
  store.watch(hold);

  // Named, so a method handed on as a bare callback (openCitation) still reaches the others.
  const model: GuideModel = {
    guide,
    mode,
    current,
    previous: computed(() => sections[index.value - 1]),
    next: computed(() => sections[index.value + 1]),
    progress,
    readCount: computed(() => countRead(progress.value, ids)),
    query,
    results: computed(() => searchGuide(sections, query.value)),
    highlight,
    returnTo,
    target,
    placeKnown: copied !== undefined,
    get navigated() {
      return navigated;
    },
    async load() {
      const stored = inGuide(await store.get());
      const unchanged = sameProgress(stored, progress.peek());
      hold(stored); // a change is copied by the subscription above
      // A panel that opened without a copy leaves one, so the next opens on this place without waiting for storage.
      if (copied === undefined && unchanged) copy?.write(stored);
    },
    open(sectionId, options = {}) {
      if (!byId.has(sectionId)) return;
      navigated = true;
      batch(() => {
        mode.value = 'section';
        highlight.value = options.highlight ?? '';
        target.value =
          options.anchor && byId.get(sectionId)?.anchors.includes(options.anchor) ? `${sectionId}--${options.anchor}` : '';
        if (sectionId !== 'references') returnTo.value = undefined;
        persist((p) => ({ ...p, sectionId, scrollTop: options.scrollTop ?? 0 }));
      });
    },
    openCitation: (referenceId) => {
      if (!guide.references.some((r) => r.id === referenceId)) return;
      const from = current.value;
      model.open('references');
      batch(() => {
        returnTo.value = from;
        target.value = referenceId;
      });
    },
    toggleRead(sectionId) {
      const isRead = progress.value.read.includes(sectionId);
      persist((p) => setRead(p, sectionId, !isRead));
    },
    saveScroll(scrollTop) {
      const rounded = Math.max(0, Math.round(scrollTop));
      if (rounded === progress.value.scrollTop) return;
      persist((p) => ({ ...p, scrollTop: rounded }));
    },
    isRead: (sectionId) => progress.value.read.includes(sectionId),
  };
  return model;
}
