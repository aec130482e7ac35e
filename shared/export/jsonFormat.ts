import { z } from 'zod';
import { PROJECT_INFO, rowArraySchemas } from '../model/entities';

/** The version of the file format this Wayline writes; older files are migrated forward. */
/** 2: emotion and effort may be null (not rated), and are null on every note card. */
/** 3: card links (cardLinks), implemented opportunities, pain-point and opportunity fields. */
/** 4: research sources, quotes, citations; needs met, feeling and ratings from data on cards;
 *  files attached to cards (attachments; their bytes travel in a Wayline bundle); survey
 *  imports, their answers and the quotes made from survey comments. */
export const JSON_FORMAT_VERSION = 4;

/** Rows per table in one file: the most one insertRows op takes. */
export { MAX_ROWS_PER_TABLE } from '../model/entities';

/**
 * A Wayline JSON file: the project's rows table by table, parents before children, each array
 * in the project's order. Every object is strict, so a typo in a hand-edited file is reported
 * rather than silently dropped.
 */
const fileRows = rowArraySchemas({ forFiles: true });

export const waylineFileSchema = z
  .object({
    format: z.literal('wayline'),
    formatVersion: z.literal(JSON_FORMAT_VERSION),
    /** When the file was written (ISO 8601); informative only. */
    exportedAt: z.string().max(64).optional(),
    project: PROJECT_INFO.schema.strict(),
    ...fileRows,
    /** Saved views came after version 3: a file without them has none. */
    savedViews: fileRows.savedViews.default([]),
  })
  .strict()
  .meta({
    title: 'Wayline project',
    description: 'A Wayline customer-journey project (or one journey of it) exported as JSON.',
  });

export type WaylineFile = z.infer<typeof waylineFileSchema>;

/** The published JSON Schema of the format, generated from the zod schema above. */
export function waylineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(waylineFileSchema, { target: 'draft-2020-12', io: 'input' });
}
