import { i18n } from '#i18n';
import type { GuideReference } from '../../domain/guide-types';

/** The full reference list; each entry is the target of its in-text citations. */
export function ReferenceList({ references }: { references: GuideReference[] }) {
  return (
    <ol class="references">
      {references.map((ref) => (
        <li key={ref.id} id={ref.id} tabIndex={-1}>
          <span class="reference-cite">{ref.cite}</span> — {ref.text}
          {ref.doi && (
            <>
              {' '}
              <a href={`https://doi.org/${ref.doi}`} target="_blank" rel="noopener noreferrer">
                doi:{ref.doi}
                <span class="visually-hidden"> ({i18n.t('guide.opensInNewTab')})</span>
              </a>
            </>
          )}
          {ref.pmid && (
            <>
              {' '}
              <a href={`https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`} target="_blank" rel="noopener noreferrer">
                PMID {ref.pmid}
                <span class="visually-hidden"> ({i18n.t('guide.opensInNewTab')})</span>
              </a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
