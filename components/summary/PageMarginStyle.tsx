import { i18n } from '#i18n';
import type { SummaryPeriod } from '../../domain/summary/period';
import { longDate } from './summary-format';

/** A CSS string literal of any text (quotes and backslashes escaped, line breaks dropped). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/**
 * The printed page's margins: the period at the top of every page and "Page n of m" at the bottom. Written
 * at run time because the period is the user's choice; the browser fills in the page counters.
 */
export function PageMarginStyle({ period }: { period: SummaryPeriod }) {
  const header = i18n.t('summary.report.pageHeader', [longDate(period.first), longDate(period.last)]);
  const [before = '', middle = '', after = ''] = i18n
    .t('summary.report.pageNumber', ['\u0001', '\u0002'])
    // eslint-disable-next-line no-control-regex -- the two control characters are the placeholders put in just above
    .split(/[\u0001\u0002]/);
  const pages = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  const box = 'font: 9pt system-ui, sans-serif; color: #000;';
  const css = `@page { @top-left { content: ${cssString(header)}; ${box} } @bottom-right { content: ${pages}; ${box} } }`;
  return <style>{css}</style>;
}
