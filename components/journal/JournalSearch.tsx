import { i18n } from '#i18n';
import type { Signal } from '@preact/signals';
import { ENTRY_KINDS } from '../../domain/journal-entry';
import { EMPTY_QUERY, isActiveQuery, type JournalQuery, type KindFilter } from '../../domain/journal-search';
import type { TagUse } from '../../domain/journal-tags';
import { kindLabel } from './journal-words';

interface Props {
  query: Signal<JournalQuery>;
  tags: TagUse[];
  /** Called when the user reaches for search or filters: history is read then, not before. */
  onPrepare: () => void;
}

const KINDS: KindFilter[] = [...ENTRY_KINDS, 'symptom'];

/** Search words and filters by kind and food, across all history. Results replace the timeline while active. */
export function JournalSearch({ query, tags, onPrepare }: Props) {
  const q = query.value;
  const set = (patch: Partial<JournalQuery>) => (query.value = { ...query.value, ...patch });
  // A tag chosen earlier stays listed even before history is read again.
  const tagChoices = q.tag && !tags.some((t) => t.key === q.tag) ? [{ key: q.tag, label: q.tag }, ...tags] : tags;
  return (
    <div class="journal-search" role="search" aria-label={i18n.t('journal.search.label')}>
      <label class="journal-field journal-search-text">
        {i18n.t('journal.search.label')}
        <input
          type="search"
          id="journal-search-text"
          value={q.text}
          placeholder={i18n.t('journal.search.placeholder')}
          maxLength={200}
          onFocus={onPrepare}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      <div class="journal-row">
        <div class="journal-field">
          <label for="journal-search-kind">{i18n.t('journal.search.kind')}</label>
          <select
            id="journal-search-kind"
            value={q.kind}
            onFocus={onPrepare}
            onChange={(e) => set({ kind: e.currentTarget.value as KindFilter })}
          >
            <option value="all">{i18n.t('journal.search.allKinds')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind as Exclude<KindFilter, 'all'>)}
              </option>
            ))}
          </select>
        </div>
        <div class="journal-field">
          <label for="journal-search-tag">{i18n.t('journal.search.tag')}</label>
          <select id="journal-search-tag" value={q.tag} onFocus={onPrepare} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">{i18n.t('journal.search.anyTag')}</option>
            {tagChoices.map((tag) => (
              <option key={tag.key} value={tag.key}>
                {tag.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isActiveQuery(q) && (
        <button type="button" class="link" onClick={() => (query.value = EMPTY_QUERY)}>
          {i18n.t('journal.search.clear')}
        </button>
      )}
    </div>
  );
}
