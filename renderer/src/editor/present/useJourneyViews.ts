import { useMemo } from 'react';
import { savedViewsOf } from '../../../../shared/model/savedViews';
import type { ProjectDoc } from '../../../../shared/model/types';

/** The journey's saved views, which a presentation steps through after its stages. */
export function useJourneyViews(doc: ProjectDoc, journeyId: string) {
  const table = doc.savedViews;
  return useMemo(() => {
    const views = savedViewsOf({ savedViews: table } as ProjectDoc, journeyId);
    return { views, viewIds: views.map((v) => v.id) };
  }, [table, journeyId]);
}
