import { getEntity } from '../../../../shared/model/doc';
import type { ProjectDoc } from '../../../../shared/model/types';
import { acceptNoteOp } from '../../../../shared/room/roomMap';
import type { RoomNote } from '../../../../shared/room/roomProtocol';
import type { DocumentStore } from '../documentStore';
import type { RoomStore } from './roomStore';

/**
 * A note's status as the inbox shows it: an accepted note whose card is no longer on the map
 * (the acceptance was undone, or the card deleted) is back in the inbox.
 */
export function shownStatus(note: RoomNote, doc: ProjectDoc): RoomNote['status'] {
  if (note.status !== 'accepted') return note.status;
  return note.cardId && getEntity(doc, 'touchpoints', note.cardId) ? 'accepted' : 'new';
}

/**
 * Puts a note on the map as a card of its lane in its stage: one ordinary edit of this window
 * (saved, one undo step), then tells the room which card it became.
 */
export function acceptNote(store: DocumentStore, room: RoomStore, note: RoomNote): void {
  const info = room.getState().room;
  if (!info) return;
  const made = acceptNoteOp(store.getState().doc, info.journeyId, note, info.stageId);
  if (!made) {
    room.setState({ error: 'That note’s stage is no longer on the map.' });
    return;
  }
  store.getState().dispatch(made.op);
  // A refused edit (a read-only file, a save being retried) made no card: nothing to record.
  if (!getEntity(store.getState().doc, 'touchpoints', made.cardId)) return;
  void room.getState().resolve(note.id, 'accepted', made.cardId);
}
