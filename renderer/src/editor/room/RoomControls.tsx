import { useEffect, useState } from 'react';
import { stagesOf } from '../../../../shared/model/doc';
import { useDocument } from '../documentContext';
import { useRoom, type RoomStore } from './roomStore';

const TIMER_MINUTES = [1, 3, 5, 10];

function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Time left on the room's timer, by the backend's clock, updated every second. */
function useTimeLeft(room: RoomStore): number | null {
  const endsAt = useRoom(room, (s) => s.room?.timer.endsAt ?? null);
  const skew = useRoom(room, (s) => s.skew);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, endsAt - (now - skew));
}

/** The facilitator's controls: the stage the room is on, the timer, results shown, close. */
export function RoomControls({ room }: { room: RoomStore }) {
  const doc = useDocument((s) => s.doc);
  const info = useRoom(room, (s) => s.room);
  const left = useTimeLeft(room);
  if (!info) return null;
  const stages = stagesOf(doc, info.journeyId);
  const update = room.getState().update;
  return (
    <div className="room-controls">
      <label>
        Stage
        <select
          value={info.stageId ?? ''}
          onChange={(e) => void update({ stageId: e.target.value })}
        >
          {stages.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.name}
            </option>
          ))}
        </select>
      </label>
      <div className="room-timer" role="group" aria-label="Timer">
        <span className="room-timer-left" aria-live="off">
          {left === null ? 'Timer' : left > 0 ? clock(left) : 'Time is up'}
        </span>
        {left === null ? (
          TIMER_MINUTES.map((m) => (
            <button
              key={m}
              type="button"
              className="toolbar-text-button"
              aria-label={`${m} min timer`}
              onClick={() => void update({ timerSeconds: m * 60 })}
            >
              {m} min
            </button>
          ))
        ) : (
          <button
            type="button"
            className="toolbar-text-button"
            onClick={() => void update({ timerSeconds: null })}
          >
            Stop timer
          </button>
        )}
      </div>
      <label className="room-inline">
        <input
          type="checkbox"
          checked={info.showResults}
          onChange={(e) => void update({ showResults: e.target.checked })}
        />
        Show results on phones
      </label>
      <button type="button" className="room-close" onClick={() => void room.getState().close()}>
        Close room
      </button>
    </div>
  );
}
