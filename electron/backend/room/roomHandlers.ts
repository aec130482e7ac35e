import type { ApiHandlers } from '../handlers';
import type { RoomService } from './roomService';

type RoomMethod = Extract<keyof ApiHandlers, `room.${string}`>;

/** The `room.*` API methods, answered by the backend's one room service. */
export function roomHandlers(room: RoomService): Pick<ApiHandlers, RoomMethod> {
  return {
    'room.interfaces': async () => room.interfaces(),
    'room.start': (args) => room.start(args),
    'room.state': ({ since, waitMs }) => room.state(since, waitMs),
    'room.update': async (args) => room.update(args),
    'room.resolveNote': async ({ noteId, status, cardId }) =>
      room.resolveNote(noteId, status, cardId ?? null),
    'room.close': async () => {
      room.close();
      return null;
    },
  };
}
