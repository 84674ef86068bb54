import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { GuideModel } from '../../models/guide-model';
import { ReferenceList } from './ReferenceList';
import { highlightWords } from './highlight-words';

const SCROLL_SAVE_DELAY_MS = 250;

/** One section of the guide: its text, mark-as-read, previous/next, and citation links. */
export function SectionView({ model }: { model: GuideModel }) {
  const section = model.current.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const position = model.guide.sections.indexOf(section) + 1;
  const total = model.guide.sections.length;
  const read = model.isRead(section.id);

  // Place the reader: at a search match, a heading or reference, or the stored scroll offset.
  useLayoutEffect(() => {
    const words = model.highlight.peek();
    const targetId = model.target.peek();
    const stopHighlight = words && body.current ? highlightWords(body.current, words) : undefined;
    const target = (targetId && document.getElementById(targetId)) || stopHighlight?.first;
    if (target) target.scrollIntoView({ block: 'center' });
    else window.scrollTo(0, model.progress.peek().scrollTop);
    // Move focus to what the reader opened, so keyboard and screen-reader users continue from there. Not on the
    // place the panel opens on: focus starts where it does on any page, and the heading is not framed on every open.
    if (model.navigated) ((targetId && target) || heading.current)?.focus({ preventScroll: true });
    return stopHighlight?.clear;
  }, [section.id]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => model.saveScroll(window.scrollY), SCROLL_SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [model]);

  const onBodyClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a.cite');
    const ref = link?.getAttribute('data-ref');
    if (!ref) return;
    event.preventDefault();
    model.openCitation(ref);
  };

  return (
    <article class="section" data-testid="section-view" aria-labelledby="section-title">
      <p class="muted section-position">
        {section.part && <span class="section-part">{section.part} · </span>}
        {i18n.t('guide.position', [position, total])}
      </p>
      <h2 id="section-title" ref={heading} tabIndex={-1}>
        {section.title}
      </h2>
      {model.returnTo.value && (
        <button type="button" class="link" onClick={() => model.open(model.returnTo.value!.id)}>
          {i18n.t('guide.backTo', [model.returnTo.value.title])}
        </button>
      )}
      {/* Built at build time from our own Markdown in content/guide; no user input ever reaches it. */}
      <div class="section-body" ref={body} onClick={onBodyClick} dangerouslySetInnerHTML={{ __html: section.html }} />
      {section.id === 'references' && <ReferenceList references={model.guide.references} />}
      <div class="section-actions">
        <button type="button" aria-pressed={read} onClick={() => model.toggleRead(section.id)}>
          {read ? i18n.t('guide.markedRead') : i18n.t('guide.markRead')}
        </button>
      </div>
      <nav class="section-pager" aria-label={i18n.t('guide.pagerLabel')}>
        {model.previous.value ? (
          <button type="button" onClick={() => model.open(model.previous.value!.id)}>
            ← {i18n.t('guide.previous')}
            <span class="visually-hidden">: {model.previous.value.title}</span>
          </button>
        ) : (
          <span />
        )}
        {model.next.value && (
          <button type="button" class="primary" onClick={() => model.open(model.next.value!.id)}>
            {i18n.t('guide.next')}
            <span class="visually-hidden">: {model.next.value.title}</span> →
          </button>
        )}
      </nav>
    </article>
  );
}
