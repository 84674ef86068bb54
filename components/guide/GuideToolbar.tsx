import { i18n } from '#i18n';
import type { GuideModel } from '../../models/guide-model';

/** Contents toggle, reading progress and the search field. */
export function GuideToolbar({ model }: { model: GuideModel }) {
  const total = model.guide.sections.length;
  const showingContents = model.mode.value === 'contents' && !model.query.value;
  return (
    <div class="guide-toolbar">
      <div class="guide-toolbar-row">
        <button
          type="button"
          aria-pressed={showingContents}
          onClick={() => {
            model.query.value = '';
            model.mode.value = showingContents ? 'section' : 'contents';
          }}
        >
          {i18n.t('guide.contents')}
        </button>
        <span class="guide-progress" data-testid="read-progress">
          {i18n.t('guide.progress', [model.readCount.value, total])}
        </span>
      </div>
      <div role="search" class="guide-search">
        <label for="guide-search-input" class="visually-hidden">
          {i18n.t('guide.searchLabel')}
        </label>
        <input
          id="guide-search-input"
          type="search"
          placeholder={i18n.t('guide.searchPlaceholder')}
          value={model.query.value}
          onInput={(event) => {
            model.query.value = event.currentTarget.value;
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') model.query.value = '';
          }}
        />
      </div>
    </div>
  );
}
