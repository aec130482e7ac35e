import type { z } from 'zod';
import { field, type InspectorSpec } from './entityKit';
import {
  backlogLinkSchema,
  CONFIDENCE_LEVELS,
  confidenceSchema,
  dueDateSchema,
  oneToFiveSchema,
  OPPORTUNITY_STATUSES,
  opportunityStatusSchema,
  reachSchema,
  SEVERITY_LEVELS,
  severitySchema,
  VALUE_LEVELS,
} from './opportunityScales';

/**
 * The card fields only pain points and opportunities show (each declared for its lane kind);
 * part of the touchpoint entity (entities.ts), so they are stored, copied and checked with it.
 */

const optional = <S extends z.ZodType>(schema: S, inspector: InspectorSpec) =>
  field(schema.nullable(), { default: null, editable: true, inspector });

/** What a pain point carries besides its title and text: how bad it is and whom it reaches. */
export const PAIN_POINT_FIELDS = {
  severity: optional(severitySchema, {
    label: 'Severity',
    control: 'choice',
    choices: SEVERITY_LEVELS,
    lanes: ['painPoints'],
  }),
  reach: optional(reachSchema, {
    label: 'Customers affected',
    control: 'count',
    hint: 'How many customers meet this pain, e.g. per month.',
    lanes: ['painPoints'],
  }),
};

const ofOpportunity = (inspector: Omit<InspectorSpec, 'lanes'>): InspectorSpec => ({
  ...inspector,
  lanes: ['opportunities'],
});

/** What an opportunity carries: who owns it, where it stands, what it is worth and costs. */
export const OPPORTUNITY_FIELDS = {
  status: field(opportunityStatusSchema, {
    default: 'idea',
    editable: true,
    inspector: ofOpportunity({ label: 'Status', control: 'choice', choices: OPPORTUNITY_STATUSES }),
  }),
  value: optional(
    oneToFiveSchema,
    ofOpportunity({ label: 'Value (1–5)', control: 'choice', choices: VALUE_LEVELS }),
  ),
  /** Effort to build, 1..5: not the customer's effort (1..7), which notes never have. */
  buildEffort: optional(
    oneToFiveSchema,
    ofOpportunity({ label: 'Effort to build (1–5)', control: 'choice', choices: VALUE_LEVELS }),
  ),
  confidence: optional(
    confidenceSchema,
    ofOpportunity({ label: 'Confidence', control: 'choice', choices: CONFIDENCE_LEVELS }),
  ),
  due: field(dueDateSchema, {
    default: '',
    editable: true,
    inspector: ofOpportunity({ label: 'Due', control: 'date' }),
  }),
  /** A backlog key or address; an address is opened only through isSafeExternalUrl. */
  backlogLink: field(backlogLinkSchema, {
    default: '',
    editable: true,
    inspector: ofOpportunity({
      label: 'Backlog item',
      control: 'backlog',
      placeholder: 'ABC-123 or https://…',
      hint: 'The ticket that delivers it: a key such as ABC-123, or its address.',
    }),
  }),
};
