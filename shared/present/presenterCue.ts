/**
 * What the audience window and the presenter window tell each other, so that stepping in
 * either moves both. Plain data sent over a same-origin channel (BroadcastChannel), checked on
 * arrival like any other input.
 */
import { z } from 'zod';
import { idSchema } from '../model/fields';

/** The channel's name; one per origin, so every window of the app on this machine hears it. */
export const PRESENTER_CHANNEL = 'wayline-presenter';

/** Where the show is: the journey, the step by its key (steps.ts stepKey) and reveal mode. */
const cueSchema = z
  .object({
    type: z.literal('cue'),
    from: z.enum(['audience', 'presenter']),
    journeyId: idSchema,
    step: z.string().max(200),
    reveal: z.boolean(),
    /** When the audience window started presenting (ms since 1970): both clocks agree. */
    startedAt: z.number().int().nonnegative(),
  })
  .strict();

const messageSchema = z.discriminatedUnion('type', [
  cueSchema,
  /** A presenter window has opened (or reopened): the audience answers with a cue. */
  z.object({ type: z.literal('hello') }).strict(),
  /** The presenter window is closing: the audience shows its own presenter line again. */
  z.object({ type: z.literal('bye') }).strict(),
  /** The audience left the presentation. */
  z.object({ type: z.literal('ended') }).strict(),
]);

export type PresenterCue = z.infer<typeof cueSchema>;
export type PresenterMessage = z.infer<typeof messageSchema>;

/** The message, or null for anything else that arrives on the channel. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** "4:05", "1:02:09": a clock a presenter reads at a glance. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "Stage 3 of 8", "Overview", "View 2 of 3": a step as the presenter view names it. */
export function sectionLabel(
  step:
    | { kind: 'overview' }
    | { kind: 'stage'; stageIndex: number }
    | { kind: 'view'; viewIndex: number },
  counts: { stages: number; views: number },
): string {
  if (step.kind === 'overview') return 'Overview';
  if (step.kind === 'stage') return `Stage ${step.stageIndex + 1} of ${counts.stages}`;
  return `View ${step.viewIndex + 1} of ${counts.views}`;
}
