import type { ComponentChildren } from 'preact';
import type { UndoableNotice, UndoNoticeModel } from '../../models/undo-notice-model';

interface Props<N> {
  notices: UndoNoticeModel<N>;
  /** What the notice says (it may hold a link or a problem's text). */
  message: (notice: N) => ComponentChildren;
  undoLabel: string;
  dismissLabel: string;
  /** Extra class for the feature's own look. */
  class?: string;
  undoId?: string;
}

/**
 * The line after a save, edit or delete, with Undo for a few seconds (symptom logs and journal alike).
 * Always in the DOM, as a live region; it stays while focus or the pointer is on it.
 */
export function UndoNoticeLine<N extends UndoableNotice & { kind: string }>({
  notices,
  message,
  undoLabel,
  dismissLabel,
  class: extra,
  undoId,
}: Props<N>) {
  const notice = notices.current.value;
  return (
    <div
      class={extra ? `log-notice ${extra}` : 'log-notice'}
      role="status"
      onFocusIn={() => notices.hold(true)}
      onFocusOut={() => notices.hold(false)}
      onMouseEnter={() => notices.hold(true)}
      onMouseLeave={() => notices.hold(false)}
    >
      {notice && (
        <div class={`log-notice-body log-notice-${notice.kind}`}>
          <p>{message(notice)}</p>
          <div class="log-notice-actions">
            {notice.undo && (
              <button
                type="button"
                id={undoId}
                class="primary"
                onClick={(event) => {
                  const region = event.currentTarget.closest('.log-notice');
                  // The Undo button is gone now; keep the keyboard user in the notice, not on the page's start.
                  void notices.undo().then(() => queueMicrotask(() => region?.querySelector<HTMLElement>('button')?.focus()));
                }}
              >
                {undoLabel}
              </button>
            )}
            <button type="button" class="link" aria-label={dismissLabel} onClick={() => notices.dismiss()}>
              ×
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
