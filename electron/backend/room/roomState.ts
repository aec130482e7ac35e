/**
 * One room's state, in memory only: participants, notes, ratings and votes, and a version
 * that counts every change so the facilitator's screen can wait for the next one. Nothing here
 * touches the project file; notes reach the map only when the facilitator accepts them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  MAX_NOTES_PER_PARTICIPANT,
  MAX_NOTES_PER_ROOM,
  MAX_PARTICIPANTS,
  tallyOf,
  type RatingTally,
  type RoomNote,
  type RoomTimer,
} from '../../../shared/room/roomProtocol';
import type { NoteBody } from '../../../shared/room/participantBodies';
import { RateLimit, READ_LIMIT, WRITE_LIMIT } from './roomGuards';

export interface Participant {
  id: string;
  token: string;
  name: string | null;
  ratings: Map<string, number>;
  votes: Map<string, number>;
  notes: number;
  reads: RateLimit;
  writes: RateLimit;
}

/** Why a participant's post was not taken: each becomes an HTTP status and a message. */
export class RoomRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RoomSettings {
  journeyId: string;
  stageId: string | null;
  showResults: boolean;
  votesPerParticipant: number;
  timer: RoomTimer;
}

export class RoomData {
  version: number;
  /** The version the room started at: a screen that last saw an older one reloads everything. */
  readonly firstVersion: number;
  readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, Participant>();
  readonly notes = new Map<string, RoomNote>();

  constructor(
    public settings: RoomSettings,
    firstVersion: number,
    /** Told of every change, so waiting `room.state` calls answer. */
    private readonly onChange: () => void,
  ) {
    this.version = firstVersion;
    this.firstVersion = firstVersion;
  }

  /** Marks a change. */
  bump(): number {
    this.version += 1;
    this.onChange();
    return this.version;
  }

  join(name: string | undefined, now: number): Participant {
    if (this.participants.size >= MAX_PARTICIPANTS) {
      throw new RoomRefusal(
        403,
        `The room is full: it takes ${MAX_PARTICIPANTS} participants at most.`,
      );
    }
    const participant: Participant = {
      id: randomUUID(),
      token: randomBytes(24).toString('base64url'),
      name: name ? name : null,
      ratings: new Map(),
      votes: new Map(),
      notes: 0,
      reads: new RateLimit(READ_LIMIT.burst, READ_LIMIT.perSecond, now),
      writes: new RateLimit(WRITE_LIMIT.burst, WRITE_LIMIT.perSecond, now),
    };
    this.participants.set(participant.id, participant);
    this.byToken.set(participant.token, participant);
    this.bump();
    return participant;
  }

  participantFor(token: string | undefined): Participant | undefined {
    return token ? this.byToken.get(token) : undefined;
  }

  addNote(who: Participant, body: NoteBody, now: number): RoomNote {
    if (this.notes.size >= MAX_NOTES_PER_ROOM || who.notes >= MAX_NOTES_PER_PARTICIPANT) {
      throw new RoomRefusal(409, 'The room takes no more notes from you.');
    }
    const note: RoomNote = {
      id: randomUUID(),
      kind: body.kind,
      text: body.text,
      stageId: body.stageId,
      name: who.name,
      at: now,
      status: 'new',
      cardId: null,
      rev: this.version + 1,
    };
    this.notes.set(note.id, note);
    who.notes += 1;
    this.bump();
    return note;
  }

  rate(who: Participant, touchpointId: string, emotion: number | null): void {
    if (emotion === null) who.ratings.delete(touchpointId);
    else who.ratings.set(touchpointId, emotion);
    this.bump();
  }

  vote(who: Participant, opportunityId: string, delta: 1 | -1): void {
    const mine = who.votes.get(opportunityId) ?? 0;
    if (delta === -1 && mine === 0) throw new RoomRefusal(409, 'You have no vote on that.');
    if (delta === 1 && this.votesUsed(who) >= this.settings.votesPerParticipant) {
      throw new RoomRefusal(409, 'You have used all your votes.');
    }
    if (mine + delta === 0) who.votes.delete(opportunityId);
    else who.votes.set(opportunityId, mine + delta);
    this.bump();
  }

  votesUsed(who: Participant): number {
    let used = 0;
    for (const n of who.votes.values()) used += n;
    return used;
  }

  /** The facilitator accepted, dismissed or restored a note. */
  resolveNote(id: string, status: RoomNote['status'], cardId: string | null): RoomNote | null {
    const note = this.notes.get(id);
    if (!note) return null;
    note.status = status;
    note.cardId = status === 'accepted' ? cardId : null;
    note.rev = this.version + 1;
    this.bump();
    return note;
  }

  ratingTallies(): Record<string, RatingTally> {
    const byCard = new Map<string, number[]>();
    for (const p of this.participants.values()) {
      for (const [id, value] of p.ratings) {
        const list = byCard.get(id) ?? [];
        list.push(value);
        byCard.set(id, list);
      }
    }
    return Object.fromEntries([...byCard].map(([id, values]) => [id, tallyOf(values)]));
  }

  voteTallies(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const p of this.participants.values()) {
      for (const [id, n] of p.votes) totals[id] = (totals[id] ?? 0) + n;
    }
    return totals;
  }

  /** Notes changed after `since` (all of them from 0). */
  notesSince(since: number): RoomNote[] {
    return [...this.notes.values()].filter((n) => n.rev > since);
  }
}
