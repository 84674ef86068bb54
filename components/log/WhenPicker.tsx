import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import type { TimeChoice } from '../../domain/log-time';

interface Props {
  time: Signal<TimeChoice>;
  /** "HH:MM" to prefill when the user switches to a time earlier today. */
  defaultTime: () => string;
}

const AGO = [
  { minutes: 30, label: () => i18n.t('log.when.ago30') },
  { minutes: 60, label: () => i18n.t('log.when.ago60') },
  { minutes: 120, label: () => i18n.t('log.when.ago120') },
];

/** Now by default; one click back-dates to 30 min, 1 h or 2 h ago, or a chosen time today. */
export function WhenPicker({ time, defaultTime }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const choice = time.value;
  const at = choice.kind === 'at' ? choice.time : '';
  const wasAt = useRef(false);
  useEffect(() => {
    // Choosing "Earlier today" moves focus to its time field (only on that change, never on first render).
    if (choice.kind === 'at' && !wasAt.current) input.current?.focus();
    wasAt.current = choice.kind === 'at';
  }, [choice.kind]);
  const radio = (checked: boolean, label: string, next: () => TimeChoice) => (
    <label class={`chip${checked ? ' chip-on' : ''}`}>
      <input type="radio" name="log-when" checked={checked} onChange={() => (time.value = next())} />
      {label}
    </label>
  );
  return (
    <fieldset class="when-picker">
      <legend>{i18n.t('log.when.legend')}</legend>
      <div class="chips">
        {radio(choice.kind === 'now', i18n.t('log.when.now'), () => ({ kind: 'now' }))}
        {AGO.map(({ minutes, label }) =>
          radio(choice.kind === 'ago' && choice.minutes === minutes, label(), () => ({ kind: 'ago', minutes })),
        )}
        {radio(choice.kind === 'at', i18n.t('log.when.earlier'), () => ({ kind: 'at', time: defaultTime() }))}
      </div>
      {choice.kind === 'at' && (
        <label class="when-time">
          {i18n.t('log.when.timeLabel')}
          <input
            ref={input}
            type="time"
            required
            value={at}
            onInput={(e) => (time.value = { kind: 'at', time: e.currentTarget.value })}
          />
        </label>
      )}
    </fieldset>
  );
}
