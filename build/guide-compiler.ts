/**
 * Turns the guide's Markdown (content/guide/*.md) into typed data at build time,
 * so the extension never parses Markdown at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { Marked, type Tokens } from 'marked';
import type { Guide, GuideReference, GuideSection } from '../domain/guide-types';

const CALLOUT = /^<p>\[!(NOTE|TIP|CAUTION)\]\s*/;
const CALLOUT_CLASS: Record<string, string> = { NOTE: 'callout', TIP: 'callout callout-tip', CAUTION: 'callout callout-caution' };

/** Slug of a heading's text, used as `<section id>--<slug>` so plan days can link into a section. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/^\d+\.\s*/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function createMarked(sectionId: () => string, anchors: string[], subsections: { anchor: string; title: string }[]): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const text = this.parser.parseInline(token.tokens);
        const anchor = slugify(text);
        anchors.push(anchor);
        if (token.depth === 3) subsections.push({ anchor, title: htmlToText(text) });
        return `<h${token.depth} id="${sectionId()}--${anchor}">${text}</h${token.depth}>`;
      },
      blockquote(this: { parser: { parse(t: Tokens.Generic[]): string } }, token: Tokens.Blockquote) {
        const inner = this.parser.parse(token.tokens);
        const match = CALLOUT.exec(inner);
        if (!match) return `<blockquote>${inner}</blockquote>`;
        const kind = match[1] as string;
        // Red-flag advice must stand out for screen readers too: role=note with a label keyword.
        return `<aside class="${CALLOUT_CLASS[kind]}" role="note">${inner.replace(CALLOUT, '<p>')}</aside>`;
      },
      link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (token.href.startsWith('#ref-')) {
          return `<a class="cite" href="${token.href}" data-ref="${token.href.slice(1)}">${text}</a>`;
        }
        if (/^https?:/.test(token.href)) {
          return `<a href="${token.href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
        }
        return `<a href="${token.href}">${text}</a>`;
      },
    },
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Strips tags and decodes the few entities marked emits, for the search index. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

function requireString(data: Record<string, unknown>, key: string, file: string): string {
  const value = data[key];
  if (typeof value !== 'string' || !value) throw new Error(`${file}: frontmatter "${key}" must be a non-empty string`);
  return value;
}

/** Reads every section under `dir` and returns the guide in reading order. */
export function compileGuide(dir: string): Guide {
  let currentId = '';
  const anchors: string[] = [];
  const subsections: { anchor: string; title: string }[] = [];
  const marked = createMarked(() => currentId, anchors, subsections);
  const sections: GuideSection[] = [];
  let references: GuideReference[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const { data, content } = matter(readFileSync(join(dir, file), 'utf8'));
    const id = requireString(data, 'id', file);
    const title = requireString(data, 'title', file);
    const order: unknown = data.order;
    if (typeof order !== 'number') throw new Error(`${file}: frontmatter "order" must be a number`);
    const part = typeof data.part === 'string' ? data.part : undefined;
    if (Array.isArray(data.references)) references = data.references as GuideReference[];
    currentId = id;
    anchors.length = 0;
    subsections.length = 0;
    const html = marked.parse(content, { async: false });
    const cites = [...new Set([...html.matchAll(/data-ref="(ref-[^"]+)"/g)].map((m) => m[1] as string))];
    const text = [part, title, htmlToText(html)].filter(Boolean).join(' ');
    sections.push({
      id,
      title,
      ...(part ? { part } : {}),
      order,
      html,
      text,
      cites,
      anchors: [...anchors],
      ...(subsections.length ? { subsections: [...subsections] } : {}),
    });
  }
  sections.sort((a, b) => a.order - b.order);
  return { sections, references };
}
