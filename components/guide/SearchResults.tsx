import { i18n } from '#i18n';
import type { SearchResult } from '../../domain/guide-search';

interface Props {
  query: string;
  results: SearchResult[];
  onOpen: (sectionId: string) => void;
}

/** Matching sections with the match highlighted; each opens its section at the match. */
export function SearchResults({ query, results, onOpen }: Props) {
  return (
    <section class="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" class="visually-hidden">
        {i18n.t('guide.resultsTitle')}
      </h2>
      <p role="status" class="muted">
        {results.length
          ? i18n.t('guide.resultsCount', results.length, [results.length])
          : i18n.t('guide.noResults', [query.trim()])}
      </p>
      <ul class="result-list">
        {results.map((result) => (
          <li key={result.sectionId}>
            <a
              href={`#/guide/${result.sectionId}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(result.sectionId);
              }}
            >
              {result.title}
            </a>
            <p class="result-snippet">
              {result.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
