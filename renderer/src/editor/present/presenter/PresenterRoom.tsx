import { useEffect } from 'react';
import { useDocumentStore } from '../../documentContext';
import { RoomTallies } from '../../room/RoomTallies';
import { roomStoreFor, useRoom } from '../../room/roomStore';
import '../../room/room.css';

/** How often the presenter looks for a room started after it opened (the editor starts it). */
const LOOK_FOR_ROOM_MS = 3000;

/**
 * The room's tallies on the presenter's screen: the new notes waiting in the inbox, the emotion
 * ratings of the stage the room is on and the dot votes, read from the backend's `room.state`
 * (this window's own room store long-polls it). Nothing is drawn while no room runs for this
 * journey, so the presenter view has no empty box.
 */
export function PresenterRoom({ journeyId }: { journeyId: string }) {
  const room = roomStoreFor(useDocumentStore());
  const open = useRoom(room, (s) => s.room !== null && s.room.journeyId === journeyId);
  const waiting = useRoom(room, (s) => {
    let count = 0;
    for (const note of s.notes.values()) if (note.status === 'new') count++;
    return count;
  });
  const participants = useRoom(room, (s) => s.room?.participants ?? 0);
  useEffect(() => {
    if (open) return;
    void room.getState().refresh();
    const timer = setInterval(() => void room.getState().refresh(), LOOK_FOR_ROOM_MS);
    return () => clearInterval(timer);
  }, [open, room]);
  if (!open) return null;
  return (
    // Focusable: a long list scrolls inside it, and keyboard users must be able to scroll it.
    <section className="presenter-room" aria-label="Room tallies" tabIndex={0}>
      <p className="presenter-room-summary">
        Room: {participants} joined · {waiting} new {waiting === 1 ? 'note' : 'notes'} in the inbox
      </p>
      <RoomTallies room={room} />
    </section>
  );
}
