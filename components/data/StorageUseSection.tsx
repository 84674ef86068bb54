import { i18n } from '#i18n';
import type { DataModel } from '../../models/data-model';
import { formatBytes } from './data-text';

/** How much is stored, where the browser limits it, and a warning near a limit. */
export function StorageUseSection({ model }: { model: DataModel }) {
  const use = model.usage.value;
  const warnings = model.warnings.value;
  const estimated = (flag: boolean) => (flag ? ` ${i18n.t('data.use.estimated')}` : '');
  return (
    <section aria-labelledby="data-use" class="data-section" data-testid="storage-use">
      <h3 id="data-use">{i18n.t('data.use.heading')}</h3>
      {use && (
        <>
          <p>
            {use.local.quota === null
              ? i18n.t('data.use.local', [formatBytes(use.local.used)])
              : i18n.t('data.use.localOf', [formatBytes(use.local.used), formatBytes(use.local.quota)])}
            {estimated(use.local.estimated)}
          </p>
          {use.local.quota === null && <p class="muted">{i18n.t('data.use.noLimit')}</p>}
          <p>
            {i18n.t('data.use.sync', [
              formatBytes(use.sync.used),
              formatBytes(use.sync.quota ?? 0),
              formatBytes(use.sync.perItem),
            ])}
            {estimated(use.sync.estimated)}
          </p>
        </>
      )}
      {warnings.map((warning) => (
        <p key={warning} class="callout callout-caution" data-testid={`warning-${warning}`}>
          {i18n.t(`data.use.${warning}`)}
        </p>
      ))}
      <p>
        <button type="button" onClick={() => void model.load()}>
          {i18n.t('data.use.refresh')}
        </button>
      </p>
    </section>
  );
}
