import { err, type Result } from '../result';

export type ApiErrorCode =
  | 'invalid_args'
  | 'unknown_method'
  | 'not_found'
  | 'already_exists'
  | 'not_wayline'
  | 'corrupt'
  | 'newer_version'
  | 'in_use'
  | 'read_only'
  | 'no_project'
  | 'out_of_sync'
  | 'forbidden'
  | 'op_rejected'
  | 'unsupported'
  | 'io'
  /** An export was stopped at its memory cap, or at its time limit; too many already run. */
  | 'out_of_memory'
  | 'timed_out'
  | 'busy'
  | 'cancelled'
  /** The backend process died or stopped answering; it is restarted and the project reopened. */
  | 'backend_failed'
  | 'internal';

/** An error the UI can show as it is: the message is written for the person using the app. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** What every API call answers: its value, or an error with a code and a message for the user. */
export type ApiResponse<T> = Result<T, { code: ApiErrorCode; message: string }>;

/** A failed API response. */
export const apiFailure = (code: ApiErrorCode, message: string): ApiResponse<never> =>
  err({ code, message });

/** The human part of any thrown value, for messages shown to the user. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
