import { z } from 'zod';
import { isSafeExternalUrl } from '../text/externalUrl';

/**
 * The scales of pain points and opportunities, each declared once with its words: the entity
 * fields, the inspector's choices, the backlog and the insights all read these.
 */

export interface ScaleLevel<V> {
  value: V;
  word: string;
}

/** How bad a pain point is: 1..4, always said with its word. */
export const SEVERITY_LEVELS = [
  { value: 1, word: 'Minor' },
  { value: 2, word: 'Moderate' },
  { value: 3, word: 'Major' },
  { value: 4, word: 'Critical' },
] as const satisfies readonly ScaleLevel<number>[];

export const severitySchema = z.number().int().min(1).max(SEVERITY_LEVELS.length);

/** Customers a pain point reaches: a count, bounded so a typo cannot overflow a sum. */
export const reachSchema = z.number().int().min(0).max(1_000_000_000);

export const OPPORTUNITY_STATUSES = [
  { value: 'idea', word: 'Idea' },
  { value: 'planned', word: 'Planned' },
  { value: 'inProgress', word: 'In progress' },
  { value: 'shipped', word: 'Shipped' },
  { value: 'dropped', word: 'Dropped' },
] as const satisfies readonly ScaleLevel<string>[];

export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number]['value'];

export const opportunityStatusSchema = z.enum(
  OPPORTUNITY_STATUSES.map((s) => s.value) as [OpportunityStatus, ...OpportunityStatus[]],
);

/** Value to the customer and the business, and effort to build: 1..5 each. */
export const VALUE_LEVELS = [
  { value: 1, word: 'Very low' },
  { value: 2, word: 'Low' },
  { value: 3, word: 'Medium' },
  { value: 4, word: 'High' },
  { value: 5, word: 'Very high' },
] as const satisfies readonly ScaleLevel<number>[];

export const oneToFiveSchema = z.number().int().min(1).max(5);

/** How sure the team is of the value and effort, as a share (RICE's 50 / 80 / 100 %). */
export const CONFIDENCE_LEVELS = [
  { value: 50, word: 'Low (50%)' },
  { value: 80, word: 'Medium (80%)' },
  { value: 100, word: 'High (100%)' },
] as const satisfies readonly ScaleLevel<number>[];

export const confidenceSchema = z
  .number()
  .int()
  .refine(
    (v) => CONFIDENCE_LEVELS.some((c) => c.value === v),
    'confidence is 50, 80 or 100 (per cent)',
  );

/** A confidence nobody set counts as low: an unexamined guess should not outrank a checked one. */
export const UNSET_CONFIDENCE = 50;

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export const dueDateSchema = z
  .string()
  .max(10)
  .refine((v) => v === '' || isCalendarDay(v), 'a due date is a day written YYYY-MM-DD');

/** A backlog key such as ABC-123 (Jira, Linear, YouTrack style): a project key, a dash, a number. */
export const BACKLOG_KEY = /^[A-Z][A-Z0-9_]{0,19}-\d{1,9}$/;

/** An item in a team's backlog: a key (ABC-123) or an address opened only if it is safe. */
export function isBacklogLink(text: string): boolean {
  return BACKLOG_KEY.test(text) || isSafeExternalUrl(text);
}

export const backlogLinkSchema = z
  .string()
  .max(2048)
  .refine(
    (v) => v === '' || isBacklogLink(v),
    'a backlog link is a key such as ABC-123 or a full https:// (or mailto:) address',
  );

/** The word of a level, or "Not set". */
export function levelWord<V>(levels: readonly ScaleLevel<V>[], value: V | null): string {
  return levels.find((l) => l.value === value)?.word ?? 'Not set';
}
