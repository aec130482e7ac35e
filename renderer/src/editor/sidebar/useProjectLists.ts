import { useMemo } from 'react';
import { byOrderKey } from '../../../../shared/model/doc';
import type { Journey, Persona } from '../../../../shared/model/types';
import { useDocument } from '../documentContext';

/** The project's journeys in order; sorted again only when the journeys table changes. */
export function useJourneys(): Journey[] {
  const journeys = useDocument((s) => s.doc.journeys);
  return useMemo(() => Object.values(journeys).sort(byOrderKey), [journeys]);
}

export function usePersonas(): Persona[] {
  const personas = useDocument((s) => s.doc.personas);
  return useMemo(() => Object.values(personas).sort(byOrderKey), [personas]);
}
