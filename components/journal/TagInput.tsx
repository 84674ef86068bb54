import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { addTags, splitTagText, type TagUse } from '../../domain/journal-tags';

interface Props {
  idPrefix: string;
  tags: string[];
  /** Text typed and not yet a tag. */
  text: string;
  onChange: (patch: { tags?: string[]; tagText?: string }) => void;
  /** Tags from the user's history for what is typed (reads the history the first time). */
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
}

/**
 * Foods as tags: type and press Enter or a comma; suggestions from the user's own journal in a list the arrow
 * keys move through (an ARIA combobox). Chosen foods are chips, each with its own Remove button.
 */
export function TagInput({ idPrefix, tags, text, onChange, suggest }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [browsing, setBrowsing] = useState(false);
  // Suggestions while typing (or on ArrowDown): an empty field stays quiet.
  const options = open && (text.trim() || active >= 0 || browsing) ? suggest(text, tags) : [];
  const listId = `${idPrefix}-suggestions`;
  const optionId = (i: number) => `${idPrefix}-suggestion-${i}`;
  const add = (added: string[], rest = '') => {
    onChange({ tags: addTags(tags, added), tagText: rest });
    setActive(-1);
    setBrowsing(false);
  };

  const onInput = (value: string) => {
    // A comma or semicolon ends a tag; what follows the last one stays in the field.
    const pieces = value.split(/[,;]/);
    if (pieces.length > 1) add(splitTagText(pieces.slice(0, -1).join(',')), pieces.at(-1)!.trimStart());
    else {
      onChange({ tagText: value });
      setActive(-1);
    }
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setBrowsing(true);
      const count = options.length || suggest(text, tags).length;
      if (!count) return;
      setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % count : (i <= 0 ? count : i) - 1));
    } else if (event.key === 'Enter') {
      // Enter adds a food; it never sends the whole entry by surprise.
      event.preventDefault();
      if (active >= 0 && options[active]) add([options[active].label]);
      else if (text.trim()) add(splitTagText(text));
    } else if (event.key === 'Escape' && open && options.length) {
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
      setBrowsing(false);
    }
  };

  return (
    <div class="tag-input">
      <label for={`${idPrefix}-tag`}>{i18n.t('journal.food.tagsLabel')}</label>
      <p id={`${idPrefix}-tag-hint`} class="journal-hint">
        {i18n.t('journal.food.tagsHint')}
      </p>
      {tags.length > 0 && (
        <ul class="tag-chips" aria-label={i18n.t('journal.food.chosen')}>
          {tags.map((tag) => (
            <li key={tag} class="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                class="link"
                aria-label={i18n.t('journal.food.remove', [tag])}
                onClick={() => onChange({ tags: tags.filter((t) => t !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-combo">
        <input
          id={`${idPrefix}-tag`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 && options[active] ? optionId(active) : undefined}
          aria-describedby={`${idPrefix}-tag-hint`}
          placeholder={i18n.t('journal.food.tagPlaceholder')}
          maxLength={200}
          value={text}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            setBrowsing(false);
          }}
        />
        <button type="button" onClick={() => text.trim() && add(splitTagText(text))}>
          {i18n.t('journal.food.add')}
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        class="tag-suggestions"
        aria-label={i18n.t('journal.food.suggestions')}
        hidden={options.length === 0}
      >
        {options.map((option, i) => (
          <li
            key={option.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'is-active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add([option.label])}
          >
            {option.label}
            {option.fromGuide && <span class="tag-from-guide"> {i18n.t('journal.food.fromGuide')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
