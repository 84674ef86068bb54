import type { Guide } from './guide-types';

/** The sections the guide must have, in reading order (the seed's structure). */
export const REQUIRED_SECTION_IDS = [
  'introduction',
  'leaky-gut',
  'autoimmune-diseases',
  'gut-immune-connection',
  'why-it-matters',
  'myths',
  'challenges',
  'five-steps',
  'expert-tips',
  'habits-and-tools',
  'faqs',
  'real-life-examples',
  'mistakes-to-avoid',
  'seven-day-plan',
  'closing',
  'references',
] as const;

/** Every problem with the compiled guide, as readable sentences; empty when it is whole. */
export function checkGuide(guide: Guide, required: readonly string[] = REQUIRED_SECTION_IDS): string[] {
  const problems: string[] = [];
  const ids = guide.sections.map((s) => s.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`section id "${id}" repeats`);
    seen.add(id);
  }
  const orders = guide.sections.map((s) => s.order);
  if (new Set(orders).size !== orders.length) problems.push('two sections share an order number');
  for (const id of required) if (!seen.has(id)) problems.push(`section "${id}" is missing`);
  const present = required.filter((id) => seen.has(id));
  const inOrder = ids.filter((id) => present.includes(id as never));
  if (inOrder.join() !== present.join()) problems.push(`sections are out of reading order: ${inOrder.join(', ')}`);
  for (const section of guide.sections) {
    if (!section.text.replace(section.title, '').trim()) problems.push(`section "${section.id}" is empty`);
  }
  const refIds = new Set(guide.references.map((r) => r.id));
  if (refIds.size !== guide.references.length) problems.push('a reference id repeats');
  const cited = new Set(guide.sections.flatMap((s) => s.cites));
  for (const section of guide.sections) {
    for (const ref of section.cites)
      if (!refIds.has(ref)) problems.push(`section "${section.id}" cites "${ref}", which has no reference`);
  }
  for (const ref of guide.references) {
    if (!cited.has(ref.id)) problems.push(`reference "${ref.id}" is never cited`);
    if (!ref.cite || !ref.text) problems.push(`reference "${ref.id}" lacks its citation text`);
  }
  return problems;
}
