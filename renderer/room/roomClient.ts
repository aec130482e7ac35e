/**
 * The participant page's calls to its room: every request goes to this page's own address
 * (the room code is in its path), the participant token in a header, kept in this origin's
 * local storage so a reload stays the same participant.
 */
import { PARTICIPANT_HEADER, type ParticipantView } from '../../shared/room/roomProtocol';

export class RoomCallError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const base = window.location.pathname.replace(/\/?$/, '/');
const tokenKey = `wayline.room:${base}`;

export const storedToken = () => localStorage.getItem(tokenKey);
export const forgetToken = () => localStorage.removeItem(tokenKey);

async function call<T>(route: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = storedToken();
  if (token) headers[PARTICIPANT_HEADER] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${base}api/${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new RoomCallError(
      0,
      'The room cannot be reached. It may have closed, or your phone left the network.',
    );
  }
  const answer = (await res.json().catch(() => ({}))) as { error?: string } & T;
  if (!res.ok)
    throw new RoomCallError(res.status, answer.error ?? `The room said no (${res.status}).`);
  return answer;
}

export async function join(name: string): Promise<void> {
  const { token } = await call<{ token: string }>('join', name ? { name } : {});
  localStorage.setItem(tokenKey, token);
}

export const readRoom = () => call<ParticipantView>('state');
export const postNote = (kind: string, text: string, stageId: string) =>
  call<{ id: string }>('note', { kind, text, stageId });
export const postRating = (touchpointId: string, emotion: number | null) =>
  call('rate', { touchpointId, emotion });
export const postVote = (opportunityId: string, delta: 1 | -1) =>
  call('vote', { opportunityId, delta });
