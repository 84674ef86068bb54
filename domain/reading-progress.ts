/** Where the reader is in the guide and which sections they have marked read. */
export interface ReadingProgress {
  /** Section open in the guide view. */
  sectionId: string;
  /** Scroll offset of that section, in CSS pixels. */
  scrollTop: number;
  /** Ids of sections marked read, in the order they were marked. */
  read: string[];
}

export const EMPTY_PROGRESS: ReadingProgress = { sectionId: 'introduction', scrollTop: 0, read: [] };

/** Accepts a stored value only if it has the current shape; otherwise undefined. */
export function validateReadingProgress(value: unknown): ReadingProgress | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { sectionId, scrollTop, read } = value as Record<string, unknown>;
  if (typeof sectionId !== 'string' || !sectionId) return undefined;
  if (typeof scrollTop !== 'number' || !Number.isFinite(scrollTop) || scrollTop < 0) return undefined;
  if (!Array.isArray(read) || !read.every((id) => typeof id === 'string')) return undefined;
  return { sectionId, scrollTop, read: [...new Set(read)] };
}

/** Marks a section read or unread. */
export function setRead(progress: ReadingProgress, sectionId: string, isRead: boolean): ReadingProgress {
  const others = progress.read.filter((id) => id !== sectionId);
  return { ...progress, read: isRead ? [...others, sectionId] : others };
}

/** How many of the given sections are marked read (ids of sections that no longer exist don't count). */
export function countRead(progress: ReadingProgress, sectionIds: readonly string[]): number {
  const known = new Set(sectionIds);
  return progress.read.filter((id) => known.has(id)).length;
}

/** Whether two places are the same: same section, offset and read sections in the same order. */
export function sameProgress(a: ReadingProgress, b: ReadingProgress): boolean {
  return (
    a.sectionId === b.sectionId &&
    a.scrollTop === b.scrollTop &&
    a.read.length === b.read.length &&
    a.read.every((id, i) => id === b.read[i])
  );
}
