/**
 * The text of each page of a PDF, read with Mozilla's pdf.js (tests only): what a printed summary says,
 * page by page, as a reader of the paper would see it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One string per page, its text runs joined by spaces. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

/** Text without any white space, so a line broken differently on paper still matches. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
