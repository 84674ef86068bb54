// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import guide from 'virtual:guide';
import { GuideView } from '../../components/guide/GuideView';
import { createGuideModel } from '../../models/guide-model';
import { EMPTY_PROGRESS, type ReadingProgress } from '../../domain/reading-progress';
import { memoryStore } from '../support/memory-store';

async function setup(initial: ReadingProgress = EMPTY_PROGRESS) {
  const store = memoryStore(initial);
  const model = createGuideModel(guide, store);
  await model.load();
  render(<GuideView model={model} />);
  return { store, model };
}

beforeEach(() => {
  window.scrollTo = vi.fn() as never;
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

describe('GuideView', () => {
  it('lists every section in the contents and opens the one chosen', async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Contents' }));
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const sectionLinks = within(toc)
      .getAllByRole('link')
      .filter((a) => !a.closest('ol ol'));
    expect(sectionLinks.map((a) => a.textContent)).toEqual(guide.sections.map((s) => s.title));
    fireEvent.click(within(toc).getByRole('link', { name: 'Top Myths Debunked' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Top Myths Debunked' })).toBeTruthy();
    expect(store.value.sectionId).toBe('myths');
  });

  it('lists the parts of sections (the five steps, the FAQ questions, the myths), each opening its section at that heading', async () => {
    const { model } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Contents' }));
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const partsOf = (title: string) => {
      const item = within(toc).getByRole('link', { name: title }).closest('li')!;
      return within(within(item).getByRole('list'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    };
    expect(partsOf('Step-by-Step Solutions and Strategies')).toEqual([
      '1. Remove Gut Irritants',
      '2. Repair Your Gut Lining',
      '3. Repopulate with Healthy Microbes',
      '4. Replace What’s Missing',
      '5. Rebalance with Lifestyle Supports',
    ]);
    expect(partsOf('FAQs about Leaky Gut and Autoimmune')).toContain('Is leaky gut reversible?');
    expect(partsOf('Top Myths Debunked')).toEqual([
      '“Leaky gut isn’t real.”',
      '“You need complicated or expensive tests to fix it.”',
      '“Symptoms are always obvious.”',
      '“Diet alone can cure everything.”',
    ]);
    const repair = within(toc).getByRole('link', { name: '2. Repair Your Gut Lining' });
    expect(repair.getAttribute('href')).toBe('#/guide/five-steps/repair-your-gut-lining');
    fireEvent.click(repair);
    expect(screen.getByRole('heading', { level: 2, name: 'Step-by-Step Solutions and Strategies' })).toBeTruthy();
    expect(model.target.value).toBe('five-steps--repair-your-gut-lining');
  });

  it('leaves focus where it is when the guide appears, and moves it to the section the reader goes to', async () => {
    await setup();
    const next = screen.getByRole('button', { name: /^Next/ });
    next.focus();
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: guide.sections[1]!.title }));
    fireEvent.click(screen.getByRole('button', { name: 'Contents' }));
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: 'Top Myths Debunked' }),
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Top Myths Debunked' }));
    cleanup();

    // Opened again where it was left: nothing is focused for the reader, the page starts as any page does.
    await setup({ sectionId: guide.sections[2]!.id, scrollTop: 0, read: [] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.sections[2]!.title);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to a search match the reader jumps to', async () => {
    await setup();
    // The hint suggests a food or habit, never a test the guide itself says is not where to start.
    expect(screen.getByRole('searchbox', { name: 'Search the guide' }).getAttribute('placeholder')).toMatch(/bone broth/);
    expect(screen.getByRole('searchbox', { name: 'Search the guide' }).getAttribute('placeholder')).not.toMatch(/zonulin/i);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the guide' }), { target: { value: 'zonulin' } });
    fireEvent.click(screen.getByRole('link', { name: 'Tips from Experts and Scientific Research' }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'Tips from Experts and Scientific Research' }),
    );
  });

  it('moves to the next and previous section', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.sections[1]!.title);
    expect(screen.getByText(/Section 2 of 16/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^← Previous/ }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(guide.sections[0]!.title);
    expect(screen.queryByRole('button', { name: /Previous/ })).toBeNull();
  });

  it('shows matching sections with the match highlighted, and jumps to one', async () => {
    const { store } = await setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the guide' }), { target: { value: 'zonulin' } });
    expect(screen.getByRole('status').textContent).toBe('1 section matches');
    const result = screen.getByRole('link', { name: 'Tips from Experts and Scientific Research' });
    expect(result.parentElement!.querySelector('mark')!.textContent).toBe('zonulin');
    fireEvent.click(result);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Tips from Experts and Scientific Research');
    expect(store.value.sectionId).toBe('expert-tips');
  });

  it('says so kindly when nothing matches', async () => {
    await setup();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'xylophone' } });
    expect(screen.getByRole('status').textContent).toMatch(/No section mentions “xylophone”/);
  });

  it('follows a citation to its reference and offers the way back', async () => {
    await setup({ sectionId: 'gut-immune-connection', scrollTop: 0, read: [] });
    fireEvent.click(screen.getByRole('link', { name: 'Fasano A, 2012' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('References & Scientific Sources');
    const entry = document.getElementById('ref-fasano-2012')!;
    expect(entry.textContent).toContain('Leaky gut and autoimmune diseases. Clin Rev Allergy Immunol.');
    const doi = within(entry).getByRole('link', { name: /doi:10.1007\/s12016-011-8291-x/ });
    expect(doi.getAttribute('href')).toBe('https://doi.org/10.1007/s12016-011-8291-x');
    expect(doi.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('button', { name: '← Back to “The Gut-Immune Connection”' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The Gut-Immune Connection');
  });

  it('follows a citation when the model hands its method on as a bare callback', async () => {
    const { model } = await setup({ sectionId: 'gut-immune-connection', scrollTop: 0, read: [] });
    const reference = guide.references[0]!;
    const { openCitation } = model;
    openCitation(reference.id);
    expect(model.current.peek().id).toBe('references');
    expect(model.target.peek()).toBe(reference.id);
    expect(model.returnTo.peek()?.id).toBe('gut-immune-connection');
  });

  it('marks sections read and shows progress', async () => {
    const { store } = await setup();
    expect(screen.getByTestId('read-progress').textContent).toBe('0 of 16 read');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(screen.getByTestId('read-progress').textContent).toBe('1 of 16 read');
    expect(screen.getByRole('button', { name: /Read ✓/ }).getAttribute('aria-pressed')).toBe('true');
    expect(store.value.read).toEqual(['introduction']);
  });

  it('makes the red-flag advice stand out as a note', async () => {
    await setup({ sectionId: 'real-life-examples', scrollTop: 0, read: [] });
    const note = screen.getByRole('note');
    expect(note.className).toContain('callout-caution');
    expect(note.textContent).toContain('please see a healthcare provider promptly');
  });
});
