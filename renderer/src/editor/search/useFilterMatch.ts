import { isFilterActive, matchesFilter } from '../../../../shared/model/filter';
import type { Touchpoint } from '../../../../shared/model/types';
import { useDocument } from '../documentContext';

/** How the search bar shows a card: highlighted, dimmed, or as usual when nothing is filtered. */
export function useFilterMatch(touchpoint: Touchpoint): 'match' | 'dim' | null {
  const filter = useDocument((s) => s.filter);
  if (!isFilterActive(filter)) return null;
  return matchesFilter(touchpoint, filter) ? 'match' : 'dim';
}
