import { UNSET_CONFIDENCE } from './opportunityScales';

/**
 * An opportunity's priority, RICE-like: value × confidence ÷ effort. Value and effort run 1..5,
 * confidence is a share (50, 80 or 100 %; not set counts as 50 %), so priority runs 0.1..5.
 * Reach is left out on purpose: it belongs to the pain points an opportunity addresses.
 */
export const PRIORITY_FORMULA =
  'Priority = value × confidence ÷ effort (value and effort 1–5; confidence 50, 80 or 100%, not set counts as 50%)';

export interface PriorityInputs {
  value: number | null;
  buildEffort: number | null;
  confidence: number | null;
}

/** Null until value and effort are both set: an unscored idea has no rank. */
export function priorityOf({ value, buildEffort, confidence }: PriorityInputs): number | null {
  if (value === null || buildEffort === null || buildEffort <= 0) return null;
  const share = (confidence ?? UNSET_CONFIDENCE) / 100;
  return (value * share) / buildEffort;
}

/** "2.4", or "" when there is no priority; one decimal is as much as the inputs are worth. */
export function priorityText(priority: number | null): string {
  return priority === null ? '' : priority.toFixed(1);
}
