/**
 * Room mode: what a participant's phone may send, and what the facilitator and the phones are
 * told. Declared once here; the room server (electron/backend/room), the participant page
 * (renderer/room) and the editor's room panel all read it. No zod here: the phone's script
 * imports this file and stays small (the server's body schemas are in participantBodies.ts).
 */

export const MAX_PARTICIPANTS = 100;
export const NOTE_MAX_CHARS = 280;
export const NAME_MAX_CHARS = 40;
/** Every participant request body is far smaller: a note is at most 280 characters. */
export const ROOM_MAX_BODY_BYTES = 4096;
export const DEFAULT_VOTES = 3;
export const MAX_VOTES = 10;
/** Bounds on what one room keeps in memory, whatever its participants send. */
export const MAX_NOTES_PER_ROOM = 5000;
export const MAX_NOTES_PER_PARTICIPANT = 200;
/** The header a phone sends its participant token in (never in an address). */
export const PARTICIPANT_HEADER = 'x-room-participant';

export const NOTE_KINDS = ['thought', 'painPoint', 'idea'] as const;
export type RoomNoteKind = (typeof NOTE_KINDS)[number];

/** Each kind of sticky note: its words on the phone, and the lane kind it is accepted into. */
export const NOTE_KIND_SPECS: Record<
  RoomNoteKind,
  { label: string; laneKind: 'thoughts' | 'painPoints' | 'opportunities' }
> = {
  thought: { label: 'A thought', laneKind: 'thoughts' },
  painPoint: { label: 'A pain point', laneKind: 'painPoints' },
  idea: { label: 'An idea', laneKind: 'opportunities' },
};

/** A sticky note from the room; `cardId` is the card it became once accepted. */
export interface RoomNote {
  id: string;
  kind: RoomNoteKind;
  text: string;
  stageId: string;
  /** The participant's name, when they gave one. */
  name: string | null;
  /** When it arrived (epoch ms). */
  at: number;
  status: 'new' | 'accepted' | 'dismissed';
  cardId: string | null;
  /** The room version at which it last changed. */
  rev: number;
}

/** How a touchpoint was rated: counts per emotion -2..+2 (index 0 is -2), their number and mean. */
export interface RatingTally {
  counts: [number, number, number, number, number];
  n: number;
  mean: number | null;
}

/** A running timer has `endsAt`; a stopped one shows its duration. */
export interface RoomTimer {
  durationMs: number;
  endsAt: number | null;
}

export interface RoomInfo {
  code: string;
  /** The address to open on a phone (and in the QR code): http://ADDRESS:PORT/r/CODE/ */
  joinUrl: string;
  address: string;
  port: number;
  interfaceName: string;
  journeyId: string;
  stageId: string | null;
  showResults: boolean;
  votesPerParticipant: number;
  timer: RoomTimer;
  participants: number;
  maxParticipants: number;
  startedAt: number;
  /** Requests refused so far (bad code, origin, size, rate, full room), for the facilitator. */
  refused: number;
}

/**
 * The room as `room.state` answers it. `notes` holds every note when `full`, otherwise only
 * those changed after the asked version (merge them by id).
 */
export interface RoomState {
  version: number;
  room: RoomInfo | null;
  full: boolean;
  notes: RoomNote[];
  /** By touchpoint id. */
  ratings: Record<string, RatingTally>;
  /** Dots by opportunity (card) id. */
  votes: Record<string, number>;
  /** The server's clock when it answered, so a screen can run the timer without clock skew. */
  now: number;
}

/** What a phone is shown: the current stage, its touchpoints, the opportunities, its own marks. */
export interface ParticipantView {
  version: number;
  journeyName: string;
  stage: { id: string; name: string; goal: string; index: number; count: number } | null;
  touchpoints: { id: string; title: string; channel: string }[];
  opportunities: { id: string; title: string; stageName: string }[];
  mine: { name: string | null; ratings: Record<string, number>; votes: Record<string, number> };
  votesPerParticipant: number;
  votesLeft: number;
  /** Milliseconds left on a running timer, null when none runs. */
  timerMs: number | null;
  /** Shown only while the facilitator shows results. */
  results: { ratings: Record<string, RatingTally>; votes: Record<string, number> } | null;
}

/** A network interface a room can listen on, as `room.interfaces` lists them. */
export interface RoomInterface {
  /** The system's name for it: "wlan0", "en0", "Wi-Fi". */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** Loopback: only this computer can join. */
  internal: boolean;
}

/** A touchpoint's tally from its ratings (one per participant). */
export function tallyOf(ratings: Iterable<number>): RatingTally {
  const counts: RatingTally['counts'] = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const r of ratings) {
    counts[r + 2] = (counts[r + 2] ?? 0) + 1;
    sum += r;
    n += 1;
  }
  return { counts, n, mean: n === 0 ? null : sum / n };
}
