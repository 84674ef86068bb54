/**
 * CSV that spreadsheet programs open cleanly (RFC 4180): a field holding a comma, quote, or line break is
 * quoted with its quotes doubled; rows end in CRLF; the text starts with a UTF-8 byte order mark, which is
 * how Excel knows the file is UTF-8.
 *
 * Every text cell that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe: a
 * spreadsheet would otherwise run it as a formula ("CSV injection"). Text that starts with an apostrophe gets
 * one more, so `unguardCell` can always take exactly the added one off again. Guarding happens here, for every
 * cell, so no column (a symptom name, an id from an imported file) can be forgotten; only text Gutwise itself
 * formats (`verbatim`, such as a UTC offset "+01:00") is written as it is.
 */

/** A cell: text (guarded), a number, empty, or text Gutwise formatted itself, written as it is. */
export type Cell = string | number | null | { verbatim: string };

const NEEDS_QUOTES = /[",\r\n]/;
const GUARDED_START = /^[=+\-@\t\r']/;

/** A typed text cell made safe to open in a spreadsheet. */
export function guardCell(text: string): string {
  return GUARDED_START.test(text) ? `'${text}` : text;
}

/** The user's text back from a guarded cell. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && GUARDED_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Text Gutwise formatted itself (never the user's or a file's), written without a guard. */
export const verbatim = (text: string): Cell => ({ verbatim: text });

function field(cell: Cell): string {
  const text =
    cell === null ? '' : typeof cell === 'object' ? cell.verbatim : typeof cell === 'string' ? guardCell(cell) : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
