import { describe, expect, it } from 'vitest';
import { LIMITS, tagsSchema } from './schema';
import { addTag, removeTag } from './tags';

describe('addTag', () => {
  it('adds a trimmed tag at the end', () => {
    expect(addTag(['price'], '  search ')).toEqual(['price', 'search']);
  });

  it('ignores empty input and tags already there in any case', () => {
    const tags = ['Price'];
    expect(addTag(tags, '   ')).toBe(tags);
    expect(addTag(tags, 'price')).toBe(tags);
  });

  it('cuts a long tag to the limit, so the result always fits the schema', () => {
    const next = addTag([], 'x'.repeat(LIMITS.tag + 20));
    expect(next[0]).toHaveLength(LIMITS.tag);
    expect(tagsSchema.safeParse(next).success).toBe(true);
  });

  it('adds nothing once the card has as many tags as it may', () => {
    const full = Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`);
    expect(addTag(full, 'one more')).toBe(full);
  });
});

describe('removeTag', () => {
  it('removes the tag at an index and ignores indexes out of range', () => {
    expect(removeTag(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    const tags = ['a'];
    expect(removeTag(tags, 3)).toBe(tags);
    expect(removeTag(tags, -1)).toBe(tags);
  });
});
