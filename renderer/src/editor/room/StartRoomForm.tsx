import { useEffect, useState } from 'react';
import { errorMessage } from '../../../../shared/api/errors';
import { DEFAULT_VOTES, MAX_VOTES, type RoomInterface } from '../../../../shared/room/roomProtocol';
import { useDocument } from '../documentContext';
import type { RoomStore } from './roomStore';

function interfaceLabel(i: RoomInterface): string {
  return i.internal
    ? `${i.name}: ${i.address} (this computer only)`
    : `${i.name}: ${i.address} (${i.family})`;
}

/** Starting a room: which network it listens on, said plainly, and the votes each person gets. */
export function StartRoomForm({ room }: { room: RoomStore }) {
  const api = useDocument((s) => s.api);
  const journeyId = useDocument((s) => s.journeyId);
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [votes, setVotes] = useState(DEFAULT_VOTES);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api['room.interfaces']({})
      .then((list) => {
        setInterfaces(list);
        setAddress(list[0]?.address ?? '');
      })
      .catch((err: unknown) => setProblem(errorMessage(err)));
  }, [api]);
  const chosen = interfaces?.find((i) => i.address === address);

  return (
    <form
      className="room-start"
      onSubmit={(e) => {
        e.preventDefault();
        void room.getState().start({ address, journeyId, votesPerParticipant: votes });
      }}
    >
      <p>
        Room mode lets the people in the room take part from their phones, with no install and no
        account: they see the current stage, add sticky notes, rate its touchpoints and dot-vote
        opportunities. It is off until you start it here.
      </p>
      <label>
        Network to listen on
        <select value={address} onChange={(e) => setAddress(e.target.value)}>
          {interfaces?.map((i) => (
            <option key={`${i.name}-${i.address}`} value={i.address}>
              {interfaceLabel(i)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Votes per participant
        <input
          type="number"
          min={1}
          max={MAX_VOTES}
          value={votes}
          onChange={(e) => setVotes(Math.max(1, Math.min(MAX_VOTES, Number(e.target.value) || 1)))}
        />
      </label>
      {chosen && (
        <p className="room-warning" role="note">
          {chosen.internal
            ? `Only this computer can join (${chosen.address}): good for trying the room out.`
            : `Anyone on the network of ${chosen.name} (${chosen.address}) who has the room’s address or scans its QR code can join and send notes, ratings and votes.`}{' '}
          Phones see only the current stage, its touchpoints and the opportunities, never the rest
          of the project or its file, and nothing reaches the map unless you accept it.
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" className="primary-button" disabled={!chosen || !journeyId}>
        Start the room
      </button>
    </form>
  );
}
