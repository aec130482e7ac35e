import { ApiError } from '../../../shared/api/errors';
import type { ExportFormat } from '../../../shared/export/formats';

/** What one export worker may use before it is stopped. */
export interface ExportLimits {
  /** V8's old-generation heap cap for the worker (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
  /** Wall-clock time from the worker's start to its result. */
  timeMs: number;
}

/**
 * The largest journey an import allows (20,000 cards) exports in under 400 MB of heap in every
 * format (npm run bench:export), so 1 GB leaves headroom while keeping the 1 GB bound;
 * a runaway export stops here instead of taking the whole process down with it.
 */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { memoryMb: 1024, timeMs: 5 * 60_000 };

/**
 * The smallest heap a worker is given: below about 3 MB V8 runs out of memory while still
 * starting the worker's isolate, and that is fatal to the whole process, not just the worker.
 */
export const MIN_EXPORT_MEMORY_MB = 16;

/** Environment variables that override the limits (tests force failures with them). */
export const EXPORT_LIMIT_ENV: Record<keyof ExportLimits, string> = {
  memoryMb: 'WAYLINE_EXPORT_MEMORY_LIMIT_MB',
  timeMs: 'WAYLINE_EXPORT_TIME_LIMIT_MS',
};

/** The default limits with any set in the environment; a value that is not a positive integer is ignored, with a warning. */
export function exportLimitsFromEnv(
  env: Record<string, string | undefined>,
  warn: (message: string) => void = (m) => console.warn(m),
): ExportLimits {
  const limits = { ...DEFAULT_EXPORT_LIMITS };
  for (const key of Object.keys(EXPORT_LIMIT_ENV) as (keyof ExportLimits)[]) {
    const name = EXPORT_LIMIT_ENV[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) {
      warn(`[wayline] ignoring ${name}=${raw}: not a positive whole number`);
    } else if (key === 'memoryMb' && value < MIN_EXPORT_MEMORY_MB) {
      warn(
        `[wayline] ${name}=${raw} is too small for an export to start; using ${MIN_EXPORT_MEMORY_MB}`,
      );
      limits[key] = MIN_EXPORT_MEMORY_MB;
    } else limits[key] = value;
  }
  return limits;
}

const UNCHANGED = 'Your project is unchanged';

/** What to try instead: only the picture formats have a smaller or tiled way out. */
function tryInstead(format: ExportFormat): string {
  return format === 'png' || format === 'pdf' || format === 'svg'
    ? 'try a smaller scale, SVG, or a tiled PDF.'
    : 'try again, or close other programs first.';
}

/** "90 seconds", "5 minutes": a limit as the message shows it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${Number(seconds.toFixed(1))} seconds`;
  return `${Number((seconds / 60).toFixed(1))} minutes`;
}

export const exportErrors = {
  outOfMemory: (limits: ExportLimits, format: ExportFormat) =>
    new ApiError(
      'out_of_memory',
      `The export ran out of memory (limit ${limits.memoryMb} MB) and was stopped. ${UNCHANGED}; ${tryInstead(format)}`,
    ),
  timedOut: (limits: ExportLimits, format: ExportFormat) =>
    new ApiError(
      'timed_out',
      `The export took longer than ${formatDuration(limits.timeMs)} and was stopped. ${UNCHANGED}; ${tryInstead(format)}`,
    ),
  crashed: (exitCode: number) =>
    new ApiError(
      'internal',
      `The export stopped unexpectedly (exit code ${exitCode}). ${UNCHANGED}; try again, or another format.`,
    ),
  failed: (reason: string) =>
    new ApiError('internal', `The export failed: ${reason.replace(/\.$/, '')}. ${UNCHANGED}.`),
  cancelled: () => new ApiError('cancelled', 'The export was cancelled.'),
};
