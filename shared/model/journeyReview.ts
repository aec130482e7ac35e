/**
 * Who looks after a journey map, and when it was last checked against what customers live:
 * a map nobody reviews drifts from the truth, so one not reviewed for a while says so.
 */
import { z } from 'zod';
import { field } from './entityKit';
import { nameSchema } from './fields';
import { isCalendarDay } from './opportunityScales';
import { countOf } from '../text/plural';

/** After this many days without a review, a map says it is due for one. */
export const REVIEW_DUE_AFTER_DAYS = 90;

const reviewDaySchema = z
  .string()
  .max(10)
  .refine((v) => v === '' || isCalendarDay(v), 'a review date is a day written YYYY-MM-DD');

/** The journey's fields for it, spread into the journey's descriptor (entities.ts). */
export const JOURNEY_REVIEW_FIELDS = {
  /** The person or team who keeps the map true. */
  owner: field(nameSchema, { default: '', editable: true }),
  /** The day it was last reviewed (YYYY-MM-DD), or '' when never. */
  reviewedOn: field(reviewDaySchema, { default: '', editable: true }),
};

export interface ReviewState {
  due: boolean;
  /** "Reviewed today", "Reviewed 12 days ago", "Not reviewed for 4 months", "Never reviewed". */
  text: string;
}

const DAY_MS = 86_400_000;

/** Whole days from `day` (YYYY-MM-DD) to `today` (YYYY-MM-DD), in UTC so time zones cannot shift it. */
export function daysBetween(day: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}

/** Today as YYYY-MM-DD in the local calendar, the day a person means by "today". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function reviewState(reviewedOn: string, today: string): ReviewState {
  if (!reviewedOn) return { due: true, text: 'Never reviewed' };
  const days = Math.max(0, daysBetween(reviewedOn, today));
  const due = days > REVIEW_DUE_AFTER_DAYS;
  if (days === 0) return { due, text: 'Reviewed today' };
  const months = Math.floor(days / 30);
  const ago =
    days < 60
      ? countOf(days, 'day')
      : months < 24
        ? countOf(months, 'month')
        : countOf(Math.floor(days / 365), 'year');
  return { due, text: due ? `Not reviewed for ${ago}` : `Reviewed ${ago} ago` };
}
