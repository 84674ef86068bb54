import { i18n } from '#i18n';
import { formatRoute } from '../../domain/panel-route';
import type { GuideSection } from '../../domain/guide-types';

interface Props {
  sections: GuideSection[];
  currentId: string;
  isRead: (sectionId: string) => boolean;
  onOpen: (sectionId: string, anchor?: string) => void;
}

/**
 * Every section in reading order, with which are read and which is open, and under a section its parts (the
 * five steps, the questions, the myths): a reader looking for "Repair Your Gut Lining" finds it here.
 */
export function TableOfContents({ sections, currentId, isRead, onOpen }: Props) {
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{i18n.t('guide.contents')}</h2>
      <ol>
        {sections.map((section, i) => (
          <li key={section.id} class={isRead(section.id) ? 'is-read' : undefined}>
            {section.part && section.part !== sections[i - 1]?.part && <span class="toc-part">{section.part}</span>}
            <a
              href={`#/guide/${section.id}`}
              aria-current={section.id === currentId ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onOpen(section.id);
              }}
            >
              {section.title}
            </a>
            {isRead(section.id) && <span class="toc-read"> — {i18n.t('guide.readMark')}</span>}
            {section.subsections && (
              <ol class="toc-parts">
                {section.subsections.map(({ anchor, title }) => (
                  <li key={anchor}>
                    <a
                      href={formatRoute({ view: 'guide', sectionId: section.id, anchor })}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpen(section.id, anchor);
                      }}
                    >
                      {title}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
