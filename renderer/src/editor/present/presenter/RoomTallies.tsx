/**
 * The room's tallies on the presenter's screen (issue 16, room mode): the slot where the live
 * inbox count, emotion ratings and dot votes of the current stage go. Room mode fills it from
 * its backend method `room.state`; until a room runs it draws nothing, so the presenter view
 * has no empty box. When it draws, its root is `<section className="presenter-room"
 * aria-label="Room tallies">` (presenter.css gives that class the grid row kept for it).
 */
export function RoomTallies(_props: { journeyId: string; stageId: string | null }) {
  return null;
}
