import { memo, useCallback, useMemo, useState } from 'react';
import { stagesOf } from '../../../../shared/model/doc';
import { NOTE_KIND_SPECS, type RoomNote } from '../../../../shared/room/roomProtocol';
import { useDocument, useDocumentStore } from '../documentContext';
import { acceptNote, shownStatus } from './roomNotes';
import { useRoom, type RoomStore } from './roomStore';

/** How many waiting notes are drawn at once; the rest are counted. */
const SHOWN = 60;

const KIND_WORDS = { thought: 'Thought', painPoint: 'Pain point', idea: 'Idea' } as const;

type Act = (note: RoomNote, status: RoomNote['status'] | 'accept') => void;

/** One note; memoised, so a new note arriving does not redraw the others. */
const NoteItem = memo(function NoteItem(props: {
  note: RoomNote;
  stageName?: string;
  shown: RoomNote['status'];
  act: Act;
}) {
  const { note, stageName, shown, act } = props;
  return (
    <li className={`room-note kind-${note.kind}`} data-note-id={note.id}>
      <p className="room-note-kind">
        {KIND_WORDS[note.kind]}
        <span className="room-note-meta">
          {[note.name, stageName, new Date(note.at).toLocaleTimeString()]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </p>
      <p className="room-note-text">{note.text}</p>
      <div className="room-note-actions">
        {shown === 'new' && (
          <>
            <button
              type="button"
              className="primary-button"
              aria-label={`Accept onto the map as ${NOTE_KIND_SPECS[note.kind].label.toLowerCase()}: ${note.text}`}
              onClick={() => act(note, 'accept')}
            >
              Accept
            </button>
            <button
              type="button"
              className="toolbar-text-button"
              aria-label={`Dismiss: ${note.text}`}
              onClick={() => act(note, 'dismissed')}
            >
              Dismiss
            </button>
          </>
        )}
        {shown === 'accepted' && <span className="room-ok">✓ Accepted</span>}
        {shown === 'dismissed' && (
          <button type="button" className="toolbar-text-button" onClick={() => act(note, 'new')}>
            Restore
          </button>
        )}
      </div>
    </li>
  );
});

/** The live inbox: notes of the current stage (or all), newest first, to accept or dismiss. */
export function RoomInbox({ room }: { room: RoomStore }) {
  const store = useDocumentStore();
  const doc = useDocument((s) => s.doc);
  const notes = useRoom(room, (s) => s.notes);
  const journeyId = useRoom(room, (s) => s.room?.journeyId);
  const stageId = useRoom(room, (s) => s.room?.stageId);
  const [allStages, setAllStages] = useState(false);
  const act = useCallback<Act>(
    (note, status) => {
      if (status === 'accept') acceptNote(store, room, note);
      else void room.getState().resolve(note.id, status);
    },
    [store, room],
  );
  const [showDismissed, setShowDismissed] = useState(false);
  const stageNames = useMemo(
    () => new Map(journeyId ? stagesOf(doc, journeyId).map((s) => [s.id, s.name]) : []),
    [doc, journeyId],
  );
  const groups = useMemo(() => {
    const shown = [...notes.values()]
      .filter((n) => allStages || n.stageId === stageId)
      .sort((a, b) => b.at - a.at);
    const by = { new: [] as RoomNote[], accepted: [] as RoomNote[], dismissed: [] as RoomNote[] };
    for (const n of shown) by[shownStatus(n, doc)].push(n);
    return by;
  }, [notes, doc, allStages, stageId]);
  if (!journeyId) return null;
  const stageOf = (n: RoomNote) => (allStages ? stageNames.get(n.stageId) : undefined);
  const list = (notes: RoomNote[], shown: RoomNote['status']) =>
    notes
      .slice(0, SHOWN)
      .map((n) => <NoteItem key={n.id} note={n} stageName={stageOf(n)} shown={shown} act={act} />);

  return (
    <section className="room-inbox" aria-labelledby="room-inbox-title">
      <header className="room-section-header">
        <h3 id="room-inbox-title">
          Inbox <span className="room-count">{groups.new.length} new</span>
        </h3>
        <label className="room-inline">
          <input
            type="checkbox"
            checked={allStages}
            onChange={(e) => setAllStages(e.target.checked)}
          />
          All stages
        </label>
      </header>
      {groups.new.length === 0 && (
        <p className="room-empty">No new notes{allStages ? '' : ' for this stage'} yet.</p>
      )}
      <ul className="room-notes" aria-label="New notes">
        {list(groups.new, 'new')}
      </ul>
      {groups.new.length > SHOWN && (
        <p className="room-empty">and {groups.new.length - SHOWN} more</p>
      )}
      {groups.accepted.length > 0 && (
        <details className="room-done">
          <summary>On the map ({groups.accepted.length})</summary>
          <ul className="room-notes">{list(groups.accepted, 'accepted')}</ul>
        </details>
      )}
      {groups.dismissed.length > 0 && (
        <details
          className="room-done"
          open={showDismissed}
          onToggle={(e) => setShowDismissed(e.currentTarget.open)}
        >
          <summary>Dismissed ({groups.dismissed.length})</summary>
          <ul className="room-notes">{list(groups.dismissed, 'dismissed')}</ul>
        </details>
      )}
    </section>
  );
}
