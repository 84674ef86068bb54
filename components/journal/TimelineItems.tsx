import type { TimelineItem } from '../../domain/journal-timeline';
import { itemKey } from '../../domain/journal-timeline';
import { LogItem } from '../log/LogItem';
import { EntryItem } from './EntryItem';
import type { ItemActions } from './item-actions';

interface Props {
  items: TimelineItem[];
  actions: ItemActions;
  label?: string;
}

/** Entries and symptom logs in one list; a log looks and edits exactly as in the popup and under Today. */
export function TimelineItems({ items, actions, label }: Props) {
  return (
    <ol class="log-items journal-items" aria-label={label}>
      {items.map((item) =>
        item.type === 'entry' ? (
          <EntryItem
            key={itemKey(item)}
            entry={item.entry}
            suggest={actions.suggest}
            onUpdate={actions.updateEntry}
            onRemove={actions.removeEntry}
            draft={actions.editDraftOf(item.entry.id)}
            onDraft={(form) => actions.keepEditDraft(item.entry.id, form)}
            onDraftDone={() => actions.forgetEditDraft(item.entry.id)}
          />
        ) : (
          <LogItem
            key={itemKey(item)}
            log={item.log}
            nameOf={actions.nameOf}
            choices={actions.choices}
            onUpdate={actions.updateLog}
            onRemove={actions.removeLog}
          />
        ),
      )}
    </ol>
  );
}
