import { useMemo } from 'react';
import { EMOTION_LEVELS, emotionLevel } from '../../../../shared/model/scales';
import { roomMapView } from '../../../../shared/room/roomMap';
import { EmotionFace } from '../../components/EmotionFace';
import { useDocument } from '../documentContext';
import { useRoom, type RoomStore } from './roomStore';

/** What the room said: the emotion of the current stage's touchpoints, and the dot votes. */
export function RoomTallies({ room }: { room: RoomStore }) {
  const doc = useDocument((s) => s.doc);
  const ratings = useRoom(room, (s) => s.ratings);
  const votes = useRoom(room, (s) => s.votes);
  const journeyId = useRoom(room, (s) => s.room?.journeyId);
  const stageId = useRoom(room, (s) => s.room?.stageId ?? null);
  const map = useMemo(
    () => (journeyId ? roomMapView(doc, journeyId, stageId) : null),
    [doc, journeyId, stageId],
  );
  if (!map) return null;
  const ranked = [...map.opportunities].sort((a, b) => (votes[b.id] ?? 0) - (votes[a.id] ?? 0));
  const most = Math.max(1, ...ranked.map((o) => votes[o.id] ?? 0));
  return (
    <section className="room-tallies" aria-labelledby="room-tallies-title">
      <h3 id="room-tallies-title">How the room feels: {map.stage?.name}</h3>
      {map.touchpoints.length === 0 && <p className="room-empty">This stage has no touchpoints.</p>}
      <ul className="room-ratings">
        {map.touchpoints.map((t) => {
          const tally = ratings[t.id];
          const mean = tally?.mean ?? null;
          return (
            <li key={t.id} data-rating-id={t.id}>
              <p className="room-rating-title">{t.title}</p>
              <p className="room-rating-mean">
                <EmotionFace emotion={mean === null ? null : Math.round(mean)} size={26} />
                {mean === null
                  ? 'No ratings yet'
                  : `${emotionLevel(mean).word} (mean ${mean.toFixed(1)}, ${tally?.n} rated)`}
              </p>
              <ol className="room-rating-counts" aria-label={`Ratings of ${t.title}`}>
                {EMOTION_LEVELS.map((level, i) => (
                  <li key={level.value} aria-label={`${level.word}: ${tally?.counts[i] ?? 0}`}>
                    <EmotionFace emotion={level.value} size={18} />
                    <span aria-hidden="true">{tally?.counts[i] ?? 0}</span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
      <h3>Dot votes</h3>
      {ranked.length === 0 && <p className="room-empty">No opportunities on the map yet.</p>}
      <ol className="room-votes">
        {ranked.map((o) => (
          <li key={o.id} data-vote-id={o.id}>
            <span className="room-vote-title">{o.title}</span>
            <span className="room-vote-bar" aria-hidden="true">
              <span style={{ width: `${((votes[o.id] ?? 0) / most) * 100}%` }} />
            </span>
            <span className="room-vote-count">{votes[o.id] ?? 0} votes</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
