/**
 * Test helpers for room mode: a project with the worked example open in a real backend, and
 * raw HTTP requests to a room (Host, Origin and body exactly as given, as a hostile client would).
 */
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { inProcessApi } from './inProcessApi';
import { tempDir } from './fixtures';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import type { WaylineApi } from '../../shared/api/schema';
import { rowsFromTemplate } from '../../shared/model/templateRows';
import { PARTICIPANT_HEADER } from '../../shared/room/roomProtocol';

export interface Answer {
  status: number;
  body: string;
  json: () => unknown;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A keep-alive agent, as a phone reuses its connection; none: a new connection each time. */
  agent?: Agent;
}

/** One request to 127.0.0.1:port, nothing added but what is given (and Content-Length). */
export function raw(port: number, path: string, options: RawRequest = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined)
      headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A well-behaved phone of a room: the right Host and Origin, JSON, its participant token. */
export function phone(joinUrl: string, agent?: Agent) {
  const url = new URL(joinUrl);
  const port = Number(url.port);
  const host = url.host;
  let token = '';
  const send = (route: string, body?: unknown) =>
    raw(port, `${url.pathname}api/${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Host: host,
        ...(body === undefined
          ? {}
          : { Origin: `http://${host}`, 'Content-Type': 'application/json' }),
        ...(token ? { [PARTICIPANT_HEADER]: token } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      agent,
    });
  return {
    port,
    host,
    path: url.pathname,
    send,
    async join(name?: string) {
      const answer = await send('join', name ? { name } : {});
      if (answer.status === 200) token = (answer.json() as { token: string }).token;
      return answer;
    },
  };
}

export interface RoomProject {
  backend: Backend;
  api: WaylineApi;
  journeyId: string;
  path: string;
  cleanup(): void;
}

/** A new project holding the worked example (touchpoints, opportunities), in a temp folder. */
export async function roomProject(): Promise<RoomProject> {
  const dir = tempDir('wayline-room-');
  const backend = createBackend({
    mode: 'browser',
    settingsDir: join(dir.dir, 'settings'),
    defaultDirectory: dir.dir,
  });
  const api = inProcessApi(backend);
  const rows = rowsFromTemplate('hotel-example', { orderKey: 'a0' });
  const path = join(dir.dir, 'workshop.wayline');
  const opened = await api['project.create']({ path, name: 'Workshop', rows });
  const journeyId = Object.values(opened.doc.journeys).find((j) => j.state === 'current')?.id ?? '';
  return {
    backend,
    api,
    journeyId,
    path,
    cleanup() {
      backend.close();
      dir.cleanup();
    },
  };
}
