/**
 * Room mode in the backend: at most one room at a time, started and steered by the facilitator
 * through the API (`room.*`), served to phones by its own server (roomServer.ts). Its state
 * lives in memory and ends with the room; the project file is written only by the
 * facilitator's own edits (an accepted note is an ordinary op from the editor).
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { ApiError } from '../../../shared/api/errors';
import { getEntity } from '../../../shared/model/doc';
import type { ProjectDoc } from '../../../shared/model/types';
import { cardRole, roomMapView, roomStageId, type RoomMapView } from '../../../shared/room/roomMap';
import {
  DEFAULT_VOTES,
  MAX_PARTICIPANTS,
  type ParticipantView,
  type RoomInfo,
  type RoomNote,
  type RoomState,
} from '../../../shared/room/roomProtocol';
import { roomInterfaces } from './networkInterfaces';
import { loadRoomAssets } from './roomAssets';
import { hostOf } from './roomGuards';
import { createRoomServer } from './roomServer';
import { RoomData, type Participant } from './roomState';

export interface StartRoom {
  address: string;
  journeyId: string;
  stageId?: string | null;
  votesPerParticipant?: number;
  /** 0 (the default): any free port. */
  port?: number;
}

export interface UpdateRoom {
  stageId?: string;
  showResults?: boolean;
  votesPerParticipant?: number;
  /** Seconds to run the timer for; null stops it. */
  timerSeconds?: number | null;
}

interface OpenRoom {
  data: RoomData;
  server: Server;
  info: Omit<
    RoomInfo,
    'stageId' | 'showResults' | 'votesPerParticipant' | 'timer' | 'participants' | 'refused'
  >;
  refused: number;
}

/** The longest a `room.state` call waits for a change. */
export const MAX_WAIT_MS = 10_000;

/** Letters and digits no one confuses when reading them off a screen (no l, 1, o, 0). */
const CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** 80 random bits as four groups of four: "k7qm-x2df-9hta-pz3w". */
export function roomCode(): string {
  const chars = [...randomBytes(16)].map((b) => CODE_ALPHABET[b % 32]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function createRoomService(currentDoc: () => ProjectDoc | null) {
  let room: OpenRoom | null = null;
  let version = 1;
  let waiters = new Set<() => void>();
  const changed = () => {
    if (room) version = room.data.version;
    const waiting = waiters;
    waiters = new Set();
    for (const wake of waiting) wake();
  };
  const waitForChange = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });

  const docOf = (open: OpenRoom): ProjectDoc => {
    const doc = currentDoc();
    if (!doc || !getEntity(doc, 'journeys', open.data.settings.journeyId)) {
      throw new ApiError('not_found', 'The room’s journey is not open any more.');
    }
    return doc;
  };

  // The phones' view of the map changes only with the map or the stage: made once per change.
  let cached: { doc: ProjectDoc; stageId: string | null; view: RoomMapView } | null = null;
  const mapView = (open: OpenRoom): RoomMapView => {
    const doc = docOf(open);
    const { journeyId, stageId: wanted } = open.data.settings;
    const stageId = roomStageId(doc, journeyId, wanted);
    if (cached?.doc !== doc || cached.stageId !== stageId) {
      cached = { doc, stageId, view: roomMapView(doc, journeyId, stageId) };
    }
    return cached.view;
  };

  const participantView = (open: OpenRoom, who: Participant): ParticipantView => {
    const { settings } = open.data;
    const now = Date.now();
    return {
      version: open.data.version,
      ...mapView(open),
      mine: {
        name: who.name,
        ratings: Object.fromEntries(who.ratings),
        votes: Object.fromEntries(who.votes),
      },
      votesPerParticipant: settings.votesPerParticipant,
      votesLeft: Math.max(0, settings.votesPerParticipant - open.data.votesUsed(who)),
      timerMs: settings.timer.endsAt === null ? null : Math.max(0, settings.timer.endsAt - now),
      results: settings.showResults
        ? { ratings: open.data.ratingTallies(), votes: open.data.voteTallies() }
        : null,
    };
  };

  const requireRoom = (): OpenRoom => {
    if (!room) throw new ApiError('not_found', 'No room is open.');
    return room;
  };

  function state(since?: number): RoomState {
    const now = Date.now();
    if (!room) {
      return { version, room: null, full: true, notes: [], ratings: {}, votes: {}, now };
    }
    const { data, info } = room;
    const doc = currentDoc();
    const full = since === undefined || since < data.firstVersion || since > data.version;
    return {
      version: data.version,
      room: {
        ...info,
        stageId: doc ? roomStageId(doc, data.settings.journeyId, data.settings.stageId) : null,
        showResults: data.settings.showResults,
        votesPerParticipant: data.settings.votesPerParticipant,
        timer: data.settings.timer,
        participants: data.participants.size,
        refused: room.refused,
      },
      full,
      notes: full ? [...data.notes.values()] : data.notesSince(since),
      ratings: data.ratingTallies(),
      votes: data.voteTallies(),
      now,
    };
  }

  const service = {
    interfaces: roomInterfaces,

    async start(args: StartRoom): Promise<RoomState> {
      if (room) throw new ApiError('already_exists', 'A room is open already: close it first.');
      const chosen = roomInterfaces().find((i) => i.address === args.address);
      if (!chosen) {
        throw new ApiError('invalid_args', `This computer has no network address ${args.address}.`);
      }
      const doc = currentDoc();
      if (!doc || !getEntity(doc, 'journeys', args.journeyId)) {
        throw new ApiError('not_found', 'That journey is not in the open project.');
      }
      const code = roomCode();
      const data = new RoomData(
        {
          journeyId: args.journeyId,
          stageId: roomStageId(doc, args.journeyId, args.stageId ?? null),
          showResults: false,
          votesPerParticipant: args.votesPerParticipant ?? DEFAULT_VOTES,
          timer: { durationMs: 5 * 60_000, endsAt: null },
        },
        version + 1,
        changed,
      );
      const assets = loadRoomAssets();
      let host = '';
      const open: OpenRoom = {
        data,
        server: createRoomServer({
          code,
          get host() {
            return host;
          },
          data,
          assets,
          view: (who) => participantView(open, who),
          isStage: (id) => getEntity(docOf(open), 'stages', id)?.journeyId === args.journeyId,
          isCard: (id, role) => cardRole(docOf(open), args.journeyId, id) === role,
          refused: () => {
            open.refused += 1;
          },
        }),
        info: {
          code,
          joinUrl: '',
          address: chosen.address,
          port: 0,
          interfaceName: chosen.name,
          journeyId: args.journeyId,
          maxParticipants: MAX_PARTICIPANTS,
          startedAt: Date.now(),
        },
        refused: 0,
      };
      await new Promise<void>((resolve, reject) => {
        open.server.once('error', (err) =>
          reject(
            new ApiError('io', `The room could not listen on ${chosen.address}: ${err.message}`),
          ),
        );
        open.server.listen(args.port ?? 0, chosen.address, () => resolve());
      });
      const address = open.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      host = hostOf(chosen.address, port);
      open.info = { ...open.info, port, joinUrl: `http://${host}/r/${code}/` };
      room = open;
      data.bump();
      return state();
    },

    /** The room now; with `since` and `waitMs`, waits (bounded) until something changed. */
    async state(since?: number, waitMs = 0): Promise<RoomState> {
      if (since !== undefined && since === version && waitMs > 0) {
        await waitForChange(Math.min(waitMs, MAX_WAIT_MS));
      }
      return state(since);
    },

    update(args: UpdateRoom): RoomState {
      const open = requireRoom();
      const { settings } = open.data;
      if (args.stageId !== undefined) {
        const stage = getEntity(docOf(open), 'stages', args.stageId);
        if (stage?.journeyId !== settings.journeyId) {
          throw new ApiError('not_found', 'That stage is not in the room’s journey.');
        }
        settings.stageId = args.stageId;
      }
      if (args.showResults !== undefined) settings.showResults = args.showResults;
      if (args.votesPerParticipant !== undefined) {
        settings.votesPerParticipant = args.votesPerParticipant;
      }
      if (args.timerSeconds !== undefined) {
        settings.timer =
          args.timerSeconds === null
            ? { durationMs: settings.timer.durationMs, endsAt: null }
            : {
                durationMs: args.timerSeconds * 1000,
                endsAt: Date.now() + args.timerSeconds * 1000,
              };
      }
      open.data.bump();
      return state();
    },

    resolveNote(noteId: string, status: RoomNote['status'], cardId: string | null): RoomNote {
      const note = requireRoom().data.resolveNote(noteId, status, cardId);
      if (!note) throw new ApiError('not_found', 'That note is not in the room.');
      return note;
    },

    /** Closes the room: its port stops listening and every phone is cut off. */
    close(): void {
      const open = room;
      if (!open) return;
      room = null;
      version = open.data.version + 1;
      open.server.close();
      open.server.closeAllConnections();
      changed();
    },
  };
  return service;
}

export type RoomService = ReturnType<typeof createRoomService>;
