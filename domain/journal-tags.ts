/**
 * Food tags ("gluten", "dairy", "sauerkraut"): how typed text becomes tags, the rules for a valid tag list,
 * and suggestions from the user's own history as they type. Tags keep the spelling the user chose; two tags
 * are the same when they match ignoring case, accents and extra spaces.
 */

export const TAG_MAX = 40;
export const TAGS_MAX = 20;
/** Characters that end a tag while typing (and so can never be inside one). */
const SEPARATORS = /[,;\n\r]/;

/** Lower case without accents, for comparing and searching ("Café" and "cafe" match). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A tag as stored: trimmed, inner spaces collapsed, composed Unicode. */
export function normalizeTag(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The identity of a tag for matching, filtering and counting. */
export function tagKey(tag: string): string {
  return foldText(normalizeTag(tag));
}

/** Splits typed text at commas, semicolons and line breaks into tags (empty pieces dropped). */
export function splitTagText(text: string): string[] {
  return text.split(SEPARATORS).map(normalizeTag).filter(Boolean);
}

/** `tags` plus the `added` ones it does not have yet (same key), in order. */
export function addTags(tags: readonly string[], added: readonly string[]): string[] {
  const keys = new Set(tags.map(tagKey));
  const result = [...tags];
  for (const tag of added.map(normalizeTag)) {
    if (!tag || keys.has(tagKey(tag))) continue;
    keys.add(tagKey(tag));
    result.push(tag);
  }
  return result;
}

/** Why a list of tags cannot be saved, or undefined. */
export function checkTags(tags: readonly unknown[]): 'tagInvalid' | 'tagTooLong' | 'tooManyTags' | undefined {
  if (tags.length > TAGS_MAX) return 'tooManyTags';
  const keys = new Set<string>();
  for (const tag of tags) {
    if (typeof tag !== 'string' || !normalizeTag(tag) || SEPARATORS.test(tag)) return 'tagInvalid';
    if (normalizeTag(tag).length > TAG_MAX) return 'tagTooLong';
    if (keys.has(tagKey(tag))) return 'tagInvalid';
    keys.add(tagKey(tag));
  }
  return undefined;
}

/** How often a tag was used, under its latest spelling. */
export interface TagUse {
  key: string;
  label: string;
  count: number;
  /** The latest time it was used (ISO instant), for ties. */
  last: string;
  /** Offered from the guide's own food lists, not from the user's history. */
  fromGuide?: true;
}

/** Counts tags over entries (any order); the label is the spelling of the latest use. */
export function countTags(entries: Iterable<{ tags?: readonly string[]; at: string }>): Map<string, TagUse> {
  const uses = new Map<string, TagUse>();
  for (const entry of entries) {
    for (const tag of entry.tags ?? []) {
      const key = tagKey(tag);
      const use = uses.get(key);
      if (!use) uses.set(key, { key, label: normalizeTag(tag), count: 1, last: entry.at });
      else {
        use.count += 1;
        if (entry.at > use.last) Object.assign(use, { last: entry.at, label: normalizeTag(tag) });
      }
    }
  }
  return uses;
}

const byUse = (a: TagUse, b: TagUse) => b.count - a.count || b.last.localeCompare(a.last) || a.label.localeCompare(b.label);

/**
 * Up to `limit` tags from the user's history for what they are typing: tags starting with it first, then tags
 * with a word starting with it ("yog" finds "greek yogurt"), each group most used first. Nothing typed: the
 * most used tags. Tags already chosen are left out. After the user's own come the foods the guide names
 * (`guideFoods`) that match and that the history does not already hold, marked `fromGuide`.
 */
export function suggestTags(
  uses: ReadonlyMap<string, TagUse>,
  typed: string,
  chosen: readonly string[],
  limit = 8,
  guideFoods: readonly string[] = [],
): TagUse[] {
  const query = tagKey(typed);
  const taken = new Set(chosen.map(tagKey));
  const open = [...uses.values()].filter((use) => !taken.has(use.key));
  const fromGuide = guideFoods
    .map((food): TagUse => ({ key: tagKey(food), label: normalizeTag(food), count: 0, last: '', fromGuide: true }))
    .filter((food, i, all) => !taken.has(food.key) && !uses.has(food.key) && all.findIndex((f) => f.key === food.key) === i);
  if (!query) return open.sort(byUse).slice(0, limit);
  const matching = (list: TagUse[]) => {
    const starts = list.filter((use) => use.key.startsWith(query)).sort(byUse);
    const words = list
      .filter((use) => !use.key.startsWith(query) && use.key.split(/[\s-]+/).some((word) => word.startsWith(query)))
      .sort(byUse);
    return [...starts, ...words];
  };
  return [...matching(open), ...matching(fromGuide)].slice(0, limit);
}
