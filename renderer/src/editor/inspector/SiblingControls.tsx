/** What a stage and a lane inspector share: moving it among its siblings, and deleting it. */

export function MoveButtons({
  group,
  index,
  count,
  back,
  forward,
  onMove,
}: {
  /** The group's accessible name: "Stage order". */
  group: string;
  index: number;
  count: number;
  back: string;
  forward: string;
  onMove: (by: -1 | 1) => void;
}) {
  return (
    <div className="button-row" role="group" aria-label={group}>
      <button
        type="button"
        className="secondary-button"
        disabled={index <= 0}
        onClick={() => onMove(-1)}
      >
        {back}
      </button>
      <button
        type="button"
        className="secondary-button"
        disabled={index < 0 || index >= count - 1}
        onClick={() => onMove(1)}
      >
        {forward}
      </button>
    </div>
  );
}

/** "Delete stage and its 3 cards", and the reminder that Undo brings both back. */
export function DeleteWithUndo({
  noun,
  cards,
  count,
  onDelete,
}: {
  noun: 'stage' | 'lane';
  /** "3 cards": what goes with it. */
  cards: string;
  count: number;
  onDelete: () => void;
}) {
  return (
    <>
      <button type="button" className="danger-button" onClick={onDelete}>
        Delete {noun}
        {count > 0 ? ` and its ${cards}` : ''}
      </button>
      <p className="inspector-note subtle">
        Undo (Ctrl+Z) brings a deleted {noun} back with its cards.
      </p>
    </>
  );
}
