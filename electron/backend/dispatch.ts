import { ApiError, apiFailure, type ApiResponse, errorMessage } from '../../shared/api/errors';
import { ok } from '../../shared/result';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { apiArgSchemas } from '../../shared/api/schema';
import { toWire } from '../../shared/api/wire';
import type { ApiHandlers } from './handlers';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/** What a transport (IPC, loopback HTTP) calls: a method by name, answered with an envelope. */
export type ApiCall = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/**
 * The same, answered with the envelope as JSON text: what the transports send on. The backend
 * process serialises each answer once, so an opened project is never parsed and serialised again
 * on its way to the window.
 */
export type ApiJsonCall = (method: string, args: unknown) => Promise<string>;

/** An ApiJsonCall that runs the handlers in this process (tests): sent as the backend process sends. */
export function inProcessJsonCall(handlers: Partial<ApiHandlers>): ApiJsonCall {
  return async (method, args) =>
    JSON.stringify(toWire(method, await dispatchApiCall(handlers, method, args)));
}

/** An ApiCall that runs the handlers in this process (tests, and the CLI's in-process backend). */
export function inProcessCall(handlers: Partial<ApiHandlers>): ApiCall {
  return (method, args) => dispatchApiCall(handlers, method, args);
}

/**
 * The one entry point of every transport (IPC and loopback HTTP): validates the payload,
 * runs the handler, and turns any failure into a typed error the UI can show.
 */
export async function dispatchApiCall(
  handlers: Partial<ApiHandlers>,
  method: string,
  rawArgs: unknown,
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method) || !handlers[method]) {
    return apiFailure('unknown_method', `Unknown API method "${method}".`);
  }
  const parsed = apiArgSchemas[method].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return apiFailure('invalid_args', `Invalid request${where}: ${issue?.message ?? 'bad input'}.`);
  }
  try {
    // The schema above is the one for `method`, so its output is that handler's argument type.
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (err) {
    if (err instanceof ApiError) return apiFailure(err.code, err.message);
    console.error(`[wayline] ${method} failed:`, err);
    return apiFailure('internal', `Something went wrong: ${errorMessage(err)}`);
  }
}
