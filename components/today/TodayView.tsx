import type { ComponentChildren } from 'preact';

interface Props {
  /** The plan's Today card. */
  card?: ComponentChildren;
  /** Today's symptom logs. */
  logs?: ComponentChildren;
}

/** The side panel's Today view: the plan's Today card at the top, today's symptom logs under it. Composes only. */
export function TodayView({ card, logs }: Props) {
  return (
    <div class="today-view">
      {card}
      {logs}
    </div>
  );
}
