/**
 * Insights on the user's own records, as plain data: day summaries, trends, possible links and the plan's
 * before and after. No browser or UI import, so the side panel and a printable summary can share it.
 */
export * from './day-summary';
export * from './trends';
export * from './factors';
export * from './links';
export * from './plan-before-after';
export * from './plan-input';
export * from './guide-links';
