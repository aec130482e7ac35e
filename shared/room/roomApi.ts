/**
 * The facilitator's side of room mode in the typed API (shared/api): the `room.*` methods'
 * argument schemas and results, spread into apiArgSchemas and ApiResults.
 */
import { z } from 'zod';
import { idSchema } from '../model/fields';
import { MAX_VOTES, type RoomInterface, type RoomNote, type RoomState } from './roomProtocol';

const votes = z.number().int().min(1).max(MAX_VOTES);

export const roomArgSchemas = {
  /** The machine's network interfaces a room can listen on. */
  'room.interfaces': z.object({}).strict(),
  /** Opens a room on one interface's address, on a free port (or `port`). */
  'room.start': z
    .object({
      address: z.string().min(2).max(64),
      journeyId: idSchema,
      stageId: idSchema.nullable().optional(),
      votesPerParticipant: votes.optional(),
      port: z.number().int().min(0).max(65535).optional(),
    })
    .strict(),
  /**
   * The room now. With `since` (a version from an earlier answer) only the notes changed after
   * it come back, and with `waitMs` the call waits (at most 10 s) until something changes.
   */
  'room.state': z
    .object({
      since: z.number().int().min(0).optional(),
      waitMs: z.number().int().min(0).max(10_000).optional(),
    })
    .strict(),
  /** Steers the room: its stage, results shown to phones, votes each, the timer (null stops it). */
  'room.update': z
    .object({
      stageId: idSchema.optional(),
      showResults: z.boolean().optional(),
      votesPerParticipant: votes.optional(),
      timerSeconds: z.number().int().min(1).max(3600).nullable().optional(),
    })
    .strict(),
  /** Marks a note accepted (with the card the editor made of it), dismissed, or new again. */
  'room.resolveNote': z
    .object({
      noteId: z.string().min(1).max(64),
      status: z.enum(['new', 'accepted', 'dismissed']),
      cardId: idSchema.nullable().optional(),
    })
    .strict(),
  'room.close': z.object({}).strict(),
};

export interface RoomResults {
  'room.interfaces': RoomInterface[];
  'room.start': RoomState;
  'room.state': RoomState;
  'room.update': RoomState;
  'room.resolveNote': RoomNote;
  'room.close': null;
}
