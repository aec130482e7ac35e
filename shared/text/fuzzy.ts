/**
 * How well `query` matches `text` as a subsequence (letters in order, gaps allowed), or null
 * when it does not. Higher is better: consecutive letters and letters starting a word count
 * more, so "ds" ranks "Delete selection" above "Add stage".
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLocaleLowerCase().replace(/\s+/g, '');
  if (q === '') return 0;
  const t = text.toLocaleLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of q) {
    const at = t.indexOf(ch, from);
    if (at < 0) return null;
    score += 1;
    if (at === previous + 1) score += 2;
    if (at === 0 || /[\s\-_/]/.test(t[at - 1] ?? '')) score += 3;
    previous = at;
    from = at + 1;
  }
  // Among equals, the shorter text is the closer match.
  return score - t.length / 1000;
}

/** Items matching `query`, best first; the original order breaks ties. */
export function fuzzyFilter<T>(
  items: readonly T[],
  query: string,
  textOf: (item: T) => string,
): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, textOf(item)) }))
    .filter((r): r is { item: T; index: number; score: number } => r.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.item);
}
