interface Option {
  value: string;
  label: string;
  /** A longer description under the label (the Bristol pictures in words). */
  detail?: string;
}

interface Props {
  legend: string;
  /** Unique per form, so two forms' groups never share arrow-key navigation. */
  name: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  hint?: string;
  /** Chips in a row (short labels) or a list (labels with details). */
  layout?: 'row' | 'list';
}

/** A scale as native radio buttons: arrow keys move through it, the screen reader says "3 of 5". */
export function ScaleRadios({ legend, name, value, options, onChange, hint, layout = 'row' }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class={`journal-scale journal-scale-${layout}`} aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="journal-hint">
          {hint}
        </p>
      )}
      <div class={layout === 'row' ? 'chips' : 'journal-scale-list'}>
        {options.map((option) => (
          <label key={option.value} class={`chip${value === option.value ? ' chip-on' : ''}`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span class="journal-scale-label">{option.label}</span>
              {option.detail && <span class="journal-scale-detail">{option.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
