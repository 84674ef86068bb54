/** How Insights writes its numbers: one decimal, signed differences, whole percentages. */

const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** 2.125 → "2.1". */
export const decimal = (value: number): string => oneDecimal.format(value);
/** 0.7 → "+0.7", -0.7 → "−0.7" (a true minus sign reads better and screen readers say "minus"). */
export const signedDecimal = (value: number): string => signed.format(value).replace('-', '−');
/** 0.25 → "25". */
export const percent = (share: number): string => String(Math.round(share * 100));
