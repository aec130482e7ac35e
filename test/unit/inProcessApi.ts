import { dispatchApiCall } from '../../electron/backend/dispatch';
import type { Backend } from '../../electron/backend/handlers';
import { ApiError } from '../../shared/api/errors';
import { API_METHODS } from '../../shared/api/methods';
import type { WaylineApi } from '../../shared/api/schema';

/** The renderer's client over the real backend, in process: the same envelopes as IPC. */
export function inProcessApi(backend: Backend): WaylineApi {
  const client = {} as Record<string, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await dispatchApiCall(backend.handlers, method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value;
    };
  }
  return client as unknown as WaylineApi;
}
