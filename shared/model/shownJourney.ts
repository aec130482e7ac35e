import { getEntity, journeyList } from './doc';
import type { ProjectDoc } from './types';

/**
 * The journey to show: the wanted one while it exists, else the first of the project ('' when
 * there is none). An undo or another window can remove the journey on screen at any time.
 */
export function shownJourneyId(doc: ProjectDoc, wanted: string): string {
  if (wanted !== '' && getEntity(doc, 'journeys', wanted)) return wanted;
  return journeyList(doc)[0]?.id ?? '';
}

/** The journey to show once `journeyId` is gone: the next one in order, else the previous. */
export function neighbourJourneyId(doc: ProjectDoc, journeyId: string): string | null {
  const list = journeyList(doc);
  const index = list.findIndex((j) => j.id === journeyId);
  if (index < 0) return list[0]?.id ?? null;
  return (list[index + 1] ?? list[index - 1])?.id ?? null;
}
