import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DataModel } from '../../models/data-model';

/**
 * The clear confirmation before a replace, with a fresh export of the current data offered first. `also`:
 * what goes that the file cannot bring back (stored values no reader can show, records not yet stored).
 */
export function ReplaceConfirm({ model, also }: { model: DataModel; also: string[] }) {
  // Focus lands on the safe choice, so a stray Enter never replaces anything.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="data-replace-title"
      aria-describedby="data-replace-body"
      class="callout callout-caution data-confirm"
    >
      <p id="data-replace-title">
        <strong>{i18n.t('data.import.replaceTitle')}</strong>
      </p>
      <p id="data-replace-body">{i18n.t('data.import.replaceBody')}</p>
      {also.length > 0 && (
        <>
          <p>{i18n.t('data.import.replaceAlso')}</p>
          <ul>
            {also.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p class="data-row">
        <button type="button" disabled={model.busy.value} onClick={() => void model.exportAll()}>
          {i18n.t('data.import.exportFirst')}
        </button>
        <button type="button" class="danger" onClick={() => void model.replace()}>
          {i18n.t('data.import.replaceYes')}
        </button>
        <button type="button" class="primary" ref={cancel} onClick={() => model.cancelImport()}>
          {i18n.t('data.import.cancel')}
        </button>
      </p>
    </div>
  );
}
