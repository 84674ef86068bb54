/**
 * The popup's first script: puts the last first frame the app left (storage/first-frame-copy.ts) in place, and
 * keeps what the user does to its symptom buttons until the app takes over the same DOM. A click or a digit
 * key on a symptom button is handed to the app, which treats it as its own (so it is honoured once, saved
 * through the pending-log path, and confirmed with Undo). Nothing else is drawn or handled here.
 */

/** A press on a symptom button before the app ran: a click (toggle) or a digit (that severity). */
export interface EarlyPress {
  symptomId: string;
  severity?: number;
}

export interface EarlyFrame {
  /** Whether the copy was drawn (the app then hydrates it). */
  drawn: boolean;
  /** Stops listening and returns the presses so far, in order. Call right before the app takes over. */
  handOver(): EarlyPress[];
}

export function drawFirstFrame(root: HTMLElement, html: string | undefined): EarlyFrame {
  const presses: EarlyPress[] = [];
  if (html === undefined) return { drawn: false, handOver: () => presses };
  root.innerHTML = html;
  const symptomOf = (event: Event) => (event.target as Element).closest?.<HTMLElement>('[data-symptom]');
  const onClick = (event: Event) => {
    const button = symptomOf(event);
    if (!button) return;
    // Pressed at once, as the app would show it; the app's own state follows when it replays the click.
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    presses.push({ symptomId: button.dataset.symptom! });
  };
  const onKey = (event: KeyboardEvent) => {
    const button = symptomOf(event);
    if (!button || !/^[0-4]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    presses.push({ symptomId: button.dataset.symptom!, severity: Number(event.key) });
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKey);
  return {
    drawn: true,
    handOver() {
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKey);
      return presses;
    },
  };
}
