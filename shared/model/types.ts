import type { z } from 'zod';
import type { EntityByTable, EntityTable } from './entities';
import type {
  connectionKindSchema,
  connectionSchema,
  journeySchema,
  journeyStateSchema,
  laneKindSchema,
  laneSchema,
  personaSchema,
  projectInfoSchema,
  stageSchema,
  touchpointSchema,
} from './schema';

export type Persona = z.infer<typeof personaSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type JourneyState = z.infer<typeof journeyStateSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type LaneKind = z.infer<typeof laneKindSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Connection = z.infer<typeof connectionSchema>;
export type ConnectionKind = z.infer<typeof connectionKindSchema>;
export type CardLink = EntityByTable['cardLinks'];
export type Implementation = EntityByTable['implementations'];
export type Source = EntityByTable['sources'];
export type Quote = EntityByTable['quotes'];
export type Citation = EntityByTable['citations'];
export type Attachment = EntityByTable['attachments'];
export type SurveyImport = EntityByTable['surveyImports'];
export type SurveyAnswers = EntityByTable['surveyAnswers'];
export type SurveyQuote = EntityByTable['surveyQuotes'];
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

/**
 * A whole project in memory: entities in id-keyed tables, mirroring the SQLite tables one to
 * one, so an edit names exactly the rows it touched. Order lives in fractional `orderKey`s,
 * so moving one item rewrites one row rather than renumbering its siblings.
 */
export type ProjectDoc = { info: ProjectInfo } & {
  [T in EntityTable]: Record<string, EntityByTable[T]>;
};

export type { EntityByTable, EntityTable } from './entities';
export { ENTITY_TABLES } from './entities';

/** Rows of several tables at once: what an insert restores and a template creates. */
export type RowSet = { [T in EntityTable]?: EntityByTable[T][] };
