/**
 * The facilitator's view of the room, one per open document (like the document store): the
 * backend's room state kept current by a long poll (`room.state` with `since` and `waitMs`),
 * notes merged by id, and the calls that steer the room.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { errorMessage } from '../../../../shared/api/errors';
import type { WaylineApi } from '../../../../shared/api/schema';
import type { RoomNote, RoomState } from '../../../../shared/room/roomProtocol';
import type { DocumentStore } from '../documentStore';

type RoomApi = Pick<
  WaylineApi,
  | 'room.state'
  | 'room.start'
  | 'room.update'
  | 'room.resolveNote'
  | 'room.close'
  | 'room.interfaces'
>;

export interface RoomViewState {
  /** The room as last heard; null before the first answer. */
  room: RoomState['room'];
  notes: Map<string, RoomNote>;
  ratings: RoomState['ratings'];
  votes: RoomState['votes'];
  version: number;
  /** Our clock minus the backend's, so the timer shows the same time everywhere. */
  skew: number;
  error: string | null;
  /** Asks the backend once, and keeps listening while a room is open. */
  refresh(): Promise<void>;
  start(args: Parameters<RoomApi['room.start']>[0]): Promise<void>;
  update(args: Parameters<RoomApi['room.update']>[0]): Promise<void>;
  resolve(noteId: string, status: RoomNote['status'], cardId?: string | null): Promise<void>;
  close(): Promise<void>;
  stop(): void;
}

export type RoomStore = StoreApi<RoomViewState>;

const WAIT_MS = 8000;
const RETRY_MS = 1000;

export function createRoomStore(api: RoomApi): RoomStore {
  let listening = false;
  let stopped = false;
  return createStore<RoomViewState>()((set, get) => {
    const take = (state: RoomState) => {
      // A change of ratings or votes keeps the same notes map, so the inbox is not redrawn.
      let notes = get().notes;
      if (state.full || state.notes.length > 0) {
        notes = state.full ? new Map<string, RoomNote>() : new Map(notes);
        for (const note of state.notes) notes.set(note.id, note);
      }
      set({
        room: state.room,
        notes,
        ratings: state.ratings,
        votes: state.votes,
        version: state.version,
        skew: Date.now() - state.now,
        error: null,
      });
      if (state.room && !listening) void listen();
    };
    const listen = async () => {
      listening = true;
      while (!stopped && get().room) {
        try {
          take(await api['room.state']({ since: get().version, waitMs: WAIT_MS }));
        } catch (err) {
          set({ error: errorMessage(err) });
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
      listening = false;
    };
    const attempt = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (err) {
        set({ error: errorMessage(err) });
      }
    };
    return {
      room: null,
      notes: new Map(),
      ratings: {},
      votes: {},
      version: 0,
      skew: 0,
      error: null,
      refresh: () => attempt(async () => take(await api['room.state']({}))),
      start: (args) => attempt(async () => take(await api['room.start'](args))),
      update: (args) => {
        // Shown at once (a checkbox must not lag its click); the answer confirms or corrects it.
        const room = get().room;
        const { stageId, showResults } = args;
        if (room) {
          set({
            room: {
              ...room,
              ...(stageId !== undefined ? { stageId } : {}),
              ...(showResults !== undefined ? { showResults } : {}),
            },
          });
        }
        return attempt(async () => take(await api['room.update'](args)));
      },
      resolve: (noteId, status, cardId = null) =>
        attempt(() => api['room.resolveNote']({ noteId, status, cardId })),
      close: () =>
        attempt(async () => {
          await api['room.close']({});
          set({ room: null, notes: new Map(), ratings: {}, votes: {} });
        }),
      stop: () => {
        stopped = true;
      },
    };
  });
}

const stores = new WeakMap<DocumentStore, RoomStore>();

/** The room store of an open document, made on first use. */
export function roomStoreFor(store: DocumentStore): RoomStore {
  let room = stores.get(store);
  if (!room) {
    room = createRoomStore(store.getState().api);
    stores.set(store, room);
  }
  return room;
}

export function useRoom<T>(room: RoomStore, selector: (state: RoomViewState) => T): T {
  return useStore(room, selector);
}
