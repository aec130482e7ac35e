/**
 * The editor window's regions in F6 order, as desktop apps and browsers cycle them: the top
 * toolbar, the journeys sidebar, the search bar (while open), the map or the table, the
 * inspector. Pure: which are shown is asked of the DOM by regionFocus.ts.
 */
export const REGIONS = ['toolbar', 'sidebar', 'search', 'journey', 'inspector'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The region F6 (or Shift+F6, `back`) moves to from `current`: the next shown one in order,
 * round from the last to the first. From no region (the focus on the page, or in a region
 * that is folded away now) it goes on from where that region sits in the order. Null when no
 * region is shown.
 */
export function regionAfter(
  current: Region | null,
  shown: ReadonlySet<Region>,
  back: boolean,
): Region | null {
  const n = REGIONS.length;
  const step = back ? n - 1 : 1;
  // From nowhere, forward starts at the first region and back at the last.
  let at = current === null ? (back ? 0 : n - 1) : REGIONS.indexOf(current);
  for (let i = 0; i < n; i++) {
    at = (at + step) % n;
    const region = REGIONS[at];
    if (region && shown.has(region)) return region;
  }
  return null;
}
