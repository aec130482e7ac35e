import { useMemo } from 'react';
import { sourceList } from '../../../../shared/model/evidence';
import type { Source } from '../../../../shared/model/types';
import { useDocument } from '../documentContext';

/** The project's research sources in order; sorted again only when the sources change. */
export function useSources(): Source[] {
  const sources = useDocument((s) => s.doc.sources);
  return useMemo(() => sourceList({ sources }), [sources]);
}
