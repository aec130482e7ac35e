import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import type { ApiResult, WaylineApi } from '../../../shared/api/schema';
import type { BridgeApi } from '../../../shared/api/bridge';

type Call = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

const TOKEN_KEY = 'wayline.token';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. */
    wayline?: BridgeApi;
  }
}

/** Browser mode: the token comes in the URL once, then lives in this tab's session storage. */
function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the visible address and history once it is stored.
    window.history.replaceState(null, '', window.location.pathname);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpCall(token: string): Call {
  return async (method, args) => {
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Wayline-Token': token },
        body: JSON.stringify(args),
      });
    } catch {
      throw new ApiError(
        'io',
        'Wayline’s server is not reachable. Is `npm run serve` still running?',
      );
    }
    if (res.status === 401) {
      throw new ApiError(
        'forbidden',
        'This page’s session has expired. Open the address that `npm run serve` printed.',
      );
    }
    if (!res.ok) throw new ApiError('io', `The server refused the request (${res.status}).`);
    return (await res.json()) as ApiResponse<unknown>;
  };
}

function bridgeCall(bridge: BridgeApi): Call {
  return (method, args) => bridge[method](args) as Promise<ApiResponse<unknown>>;
}

/** One typed client over whichever transport this window has. */
export function createApiClient(): WaylineApi {
  const call = window.wayline ? bridgeCall(window.wayline) : httpCall(browserToken());
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await call(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ApiResult<typeof method>;
    };
  }
  return client as WaylineApi;
}
