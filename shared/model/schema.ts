/** The model's schemas: field schemas, and each entity's row schema from its descriptor. */
export * from './fields';
export { ENTITY_SCHEMAS } from './entities';
import { CONNECTION, JOURNEY, LANE, PERSONA, PROJECT_INFO, STAGE, TOUCHPOINT } from './entities';

export const personaSchema = PERSONA.schema;
export const journeySchema = JOURNEY.schema;
export const stageSchema = STAGE.schema;
export const laneSchema = LANE.schema;
export const touchpointSchema = TOUCHPOINT.schema;
export const connectionSchema = CONNECTION.schema;
export const projectInfoSchema = PROJECT_INFO.schema;
