import type { ApiResponse } from './errors';
import type { ApiMethod } from './methods';
import type { OpenProject } from './schema';
import { decodeDoc, encodeDoc, type WireDoc } from './wireDoc';

/**
 * How an answer crosses a JSON boundary (the backend process to the UI's process and the
 * window), for the methods whose answer is sent in another form than the value. The backend
 * encodes before it serialises; every client decodes right after it parses, so handlers and
 * the app above the client see only the value.
 */
interface WireCodec {
  encode(value: unknown): unknown;
  decode(wire: unknown): unknown;
}

type OpenProjectWire = Omit<OpenProject, 'doc'> & { rows: WireDoc };

/** An opened project: its document as tables of values (wireDoc.ts), the rest as it is. */
const openProjectCodec: WireCodec = {
  encode(value) {
    const { doc, ...rest } = value as OpenProject;
    return { ...rest, rows: encodeDoc(doc) } satisfies OpenProjectWire;
  },
  decode(wire) {
    const { rows, ...rest } = wire as OpenProjectWire;
    return { ...rest, doc: decodeDoc(rows) } satisfies OpenProject;
  },
};

const CODECS: Partial<Record<ApiMethod, WireCodec>> = {
  'project.create': openProjectCodec,
  'project.open': openProjectCodec,
  'project.load': openProjectCodec,
};

const codecOf = (method: string): WireCodec | undefined =>
  Object.hasOwn(CODECS, method) ? CODECS[method as ApiMethod] : undefined;

/** The answer as it is sent: a success of a coded method in its wire form. */
export function toWire(method: string, response: ApiResponse<unknown>): ApiResponse<unknown> {
  const codec = codecOf(method);
  return codec && response.ok ? { ok: true, value: codec.encode(response.value) } : response;
}

/** The answer as the app uses it, from what a transport parsed. */
export function fromWire(method: string, response: ApiResponse<unknown>): ApiResponse<unknown> {
  const codec = codecOf(method);
  return codec && response.ok ? { ok: true, value: codec.decode(response.value) } : response;
}
