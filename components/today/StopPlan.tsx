import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  label: string;
  onStop: () => void;
}

/** A stop button that asks once, in place: nothing is lost (the cycle goes to history), but a slip is annoying. */
export function StopPlan({ label, onStop }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="link" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="today-row" role="group" aria-label={label}>
      <span>{i18n.t('plan.stopConfirm')}</span>
      <button type="button" onClick={onStop}>
        {i18n.t('plan.stopYes')}
      </button>
      <button type="button" class="primary" autoFocus onClick={() => setAsking(false)}>
        {i18n.t('plan.stopNo')}
      </button>
    </div>
  );
}
