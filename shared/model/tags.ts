import { LIMITS } from './schema';

/**
 * The tags after adding what the user typed: trimmed, cut to the tag limit, and ignored when
 * empty, already there (in any letter case) or once the card has as many tags as it may.
 */
export function addTag(tags: readonly string[], typed: string): readonly string[] {
  const tag = typed.trim().slice(0, LIMITS.tag).trim();
  if (!tag || tags.length >= LIMITS.tags) return tags;
  const lower = tag.toLocaleLowerCase();
  if (tags.some((t) => t.toLocaleLowerCase() === lower)) return tags;
  return [...tags, tag];
}

export function removeTag(tags: readonly string[], index: number): readonly string[] {
  if (index < 0 || index >= tags.length) return tags;
  return tags.filter((_, i) => i !== index);
}
