import type { GuideModel } from '../../models/guide-model';
import { GuideToolbar } from './GuideToolbar';
import { SearchResults } from './SearchResults';
import { SectionView } from './SectionView';
import { TableOfContents } from './TableOfContents';

interface Props {
  model: GuideModel;
  /** Where the guide view scrolls: the side panel's document. */
  scroller?: { scrollTo(x: number, y: number): void; readonly scrollY: number };
}

/** The guide reader: toolbar, then search results, the contents, or the open section. */
export function GuideView({ model }: Props) {
  const searching = model.query.value.trim() !== '';
  return (
    <div class="guide">
      <GuideToolbar model={model} />
      {searching ? (
        <SearchResults
          query={model.query.value}
          results={model.results.value}
          onOpen={(sectionId) => {
            const words = model.query.value;
            model.query.value = '';
            model.open(sectionId, { highlight: words });
          }}
        />
      ) : model.mode.value === 'contents' ? (
        <TableOfContents
          sections={model.guide.sections}
          currentId={model.current.value.id}
          isRead={model.isRead}
          onOpen={(sectionId, anchor) => model.open(sectionId, anchor ? { anchor } : {})}
        />
      ) : (
        <SectionView model={model} />
      )}
    </div>
  );
}
