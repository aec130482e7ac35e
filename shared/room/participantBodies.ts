/** What a participant's phone may post to its room: each body strict, anything else is a 400. */
import { z } from 'zod';
import { idSchema } from '../model/fields';
import { NAME_MAX_CHARS, NOTE_KINDS, NOTE_MAX_CHARS } from './roomProtocol';

const name = z.string().trim().max(NAME_MAX_CHARS);

export const participantBodies = {
  join: z.object({ name: name.optional() }).strict(),
  note: z
    .object({
      kind: z.enum(NOTE_KINDS),
      text: z.string().trim().min(1, 'Write something first.').max(NOTE_MAX_CHARS),
      stageId: idSchema,
    })
    .strict(),
  rate: z
    .object({
      touchpointId: idSchema,
      emotion: z.number().int().min(-2).max(2).nullable(),
    })
    .strict(),
  vote: z
    .object({ opportunityId: idSchema, delta: z.union([z.literal(1), z.literal(-1)]) })
    .strict(),
};

export type NoteBody = z.infer<typeof participantBodies.note>;
