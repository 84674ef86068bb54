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

// What the app's own markup never holds: anything that would run or load on its own.
const ACTIVE_TAGS = /^(script|iframe|frame|object|embed|link|meta|base|style|img|svg|math)$/i;
const isActive = (el: Element) =>
  ACTIVE_TAGS.test(el.localName) || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));

/**
 * The copy as nodes, parsed in an inert document (nothing in it runs or loads), or undefined when it holds
 * anything active: the copy lives in localStorage, and one altered there must not become running code.
 */
function inertNodes(html: string): Node[] | undefined {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.querySelectorAll('*')].some(isActive) ? undefined : [...body.childNodes];
}

export function drawFirstFrame(root: HTMLElement, html: string | undefined): EarlyFrame {
  const presses: EarlyPress[] = [];
  const nodes = html === undefined ? undefined : inertNodes(html);
  if (nodes === undefined) return { drawn: false, handOver: () => presses };
  root.replaceChildren(...nodes);
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
