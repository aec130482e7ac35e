/**
 * The room's own HTTP server, on its own port and the one interface the facilitator chose. It
 * answers only under /r/CODE/: the participant page, its script and styles, and the room's
 * small API. The editing API, the project and every other file are simply not here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { participantBodies } from '../../../shared/room/participantBodies';
import {
  PARTICIPANT_HEADER,
  ROOM_MAX_BODY_BYTES,
  type ParticipantView,
} from '../../../shared/room/roomProtocol';
import { readUiFontAsset, UI_FONT_CACHE_CONTROL } from '../../uiFonts';
import { ROOM_PAGE_POLICY, type RoomAssets } from './roomAssets';
import { codeMatches, isRoomHost, isRoomOrigin } from './roomGuards';
import { RoomRefusal, type Participant, type RoomData } from './roomState';

export interface RoomContext {
  code: string;
  /** The Host header the room answers to: ADDRESS:PORT. */
  host: string;
  data: RoomData;
  assets: RoomAssets;
  view(participant: Participant): ParticipantView;
  /** Whether an id is a stage, a ratable touchpoint or a votable opportunity of the journey. */
  isStage(id: string): boolean;
  isCard(id: string, role: 'touchpoint' | 'opportunity'): boolean;
  /** Counts a refused request, for the facilitator. */
  refused(): void;
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!req.headers['content-type']?.startsWith('application/json')) {
    throw new Refused(415, 'Send JSON.');
  }
  const tooLarge = () => new Refused(413, 'That is too long.', { Connection: 'close' });
  if (Number(req.headers['content-length'] ?? 0) > ROOM_MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > ROOM_MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new Refused(400, 'The request is not valid JSON.');
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Refused(400, parsed.error.issues[0]?.message ?? 'Bad request.');
  return parsed.data;
}

function participantOf(req: IncomingMessage, ctx: RoomContext, kind: 'reads' | 'writes') {
  const header = req.headers[PARTICIPANT_HEADER];
  const who = ctx.data.participantFor(Array.isArray(header) ? header[0] : header);
  if (!who) throw new Refused(401, 'Join the room first.');
  const limit = who[kind];
  if (!limit.take(Date.now())) {
    throw new Refused(429, 'Slow down a little, then try again.', {
      'Retry-After': String(limit.retryAfter()),
    });
  }
  return who;
}

/** The room's API: join, read the room, post a note, a rating or a vote. */
async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  ctx: RoomContext,
) {
  const { data } = ctx;
  const post = req.method === 'POST';
  if (route === 'state') {
    if (req.method !== 'GET') throw new Refused(405, 'Use GET.');
    return json(res, 200, ctx.view(participantOf(req, ctx, 'reads')));
  }
  if (!post) throw new Refused(405, 'Use POST.');
  if (route === 'join') {
    const body = parse(participantBodies.join, await readJson(req));
    const who = data.join(body.name, Date.now());
    return json(res, 200, { token: who.token });
  }
  const who = participantOf(req, ctx, 'writes');
  const body = await readJson(req);
  if (route === 'note') {
    const note = parse(participantBodies.note, body);
    if (!ctx.isStage(note.stageId)) throw new Refused(404, 'That stage is no longer on the map.');
    const added = data.addNote(who, note, Date.now());
    return json(res, 200, { id: added.id, version: data.version });
  }
  if (route === 'rate') {
    const rating = parse(participantBodies.rate, body);
    if (!ctx.isCard(rating.touchpointId, 'touchpoint')) {
      throw new Refused(404, 'That touchpoint is no longer on the map.');
    }
    data.rate(who, rating.touchpointId, rating.emotion);
    return json(res, 200, { version: data.version });
  }
  if (route === 'vote') {
    const vote = parse(participantBodies.vote, body);
    if (!ctx.isCard(vote.opportunityId, 'opportunity')) {
      throw new Refused(404, 'That opportunity is no longer on the map.');
    }
    data.vote(who, vote.opportunityId, vote.delta);
    return json(res, 200, { version: data.version });
  }
  throw new Refused(404, 'Not found.');
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RoomContext) {
  if (!isRoomHost(req.headers.host, ctx.host)) throw new Refused(421, 'Unknown host.');
  let path: string;
  try {
    path = new URL(req.url ?? '/', `http://${ctx.host}`).pathname;
  } catch {
    throw new Refused(400, 'Bad address.');
  }
  const match = /^\/r\/([A-Za-z0-9_-]{1,64})(\/.*)?$/.exec(path);
  if (!match || !codeMatches(match[1] ?? '', ctx.code)) {
    throw new Refused(404, 'There is no room at this address. Ask for the room’s link again.');
  }
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  if (!isRoomOrigin(req.headers.origin, ctx.host, write)) {
    throw new Refused(403, 'Requests from other sites are refused.');
  }
  const rest = match[2];
  if (rest === undefined) {
    res.writeHead(308, { ...BASE_HEADERS, Location: `/r/${ctx.code}/` });
    return res.end();
  }
  if (rest.startsWith('/api/')) return handleApi(req, res, rest.slice('/api/'.length), ctx);
  if (req.method !== 'GET') throw new Refused(405, 'Use GET.');
  if (rest === '/') {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': ROOM_PAGE_POLICY,
    });
    return res.end(ctx.assets.page);
  }
  if (rest === '/room.js')
    return send(res, 200, ctx.assets.script, 'text/javascript; charset=utf-8');
  if (rest === '/room.css') return send(res, 200, ctx.assets.css, 'text/css; charset=utf-8');
  const font = await readUiFontAsset(rest);
  if (font) {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': font.type,
      'Cache-Control': UI_FONT_CACHE_CONTROL,
    });
    return res.end(font.body);
  }
  throw new Refused(404, 'Not found.');
}

export function createRoomServer(ctx: RoomContext): Server {
  const server = createServer((req, res) => {
    route(req, res, ctx).catch((err: unknown) => {
      const refusal =
        err instanceof Refused || err instanceof RoomRefusal
          ? err
          : err instanceof ApiError // the room's journey was deleted or its project closed
            ? new Refused(410, err.message)
            : new Refused(500, 'Something went wrong in the room.');
      if (refusal.status === 500) console.error('[wayline] room request failed:', err);
      ctx.refused();
      if (res.headersSent) return res.end();
      if (refusal instanceof Refused) {
        for (const [k, v] of Object.entries(refusal.headers)) res.setHeader(k, v);
      }
      // Leave the rest of a refused upload unread; the connection closes after the answer.
      if (refusal.status === 413) req.resume();
      json(res, refusal.status, { error: refusal.message });
    });
  });
  // A phone on a slow network still sends a small request within seconds; idlers are dropped.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 400;
  return server;
}
