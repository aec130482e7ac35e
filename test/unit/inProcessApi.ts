import { afterEach, beforeEach } from 'vitest';
import { join } from 'node:path';
import { inProcessCall, type ApiCall } from '../../electron/backend/dispatch';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import { ApiError } from '../../shared/api/errors';
import { API_METHODS } from '../../shared/api/methods';
import type { WaylineApi } from '../../shared/api/schema';
import { createDocumentStore, type DocumentStore } from '../../renderer/src/editor/documentStore';
import { tempDir } from './fixtures';

/** The renderer's client over the real backend, in process: the same envelopes as IPC. */
export function inProcessApi(backend: Backend): WaylineApi {
  return apiOver(inProcessCall(backend.handlers));
}

/** The renderer's client over any transport's call: errors are thrown as ApiErrors. */
export function apiOver(call: ApiCall): WaylineApi {
  const client = {} as Record<string, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await call(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value;
    };
  }
  return client as unknown as WaylineApi;
}

export interface TestDocument {
  dir: { dir: string; cleanup: () => void };
  backend: Backend;
  api: WaylineApi;
  store: DocumentStore;
}

/** A new project in a temporary folder, open in a document store over the real backend. */
export async function openTestDocument(): Promise<TestDocument> {
  const dir = tempDir();
  const backend = createBackend({
    mode: 'browser',
    settingsDir: join(dir.dir, 's'),
    defaultDirectory: dir.dir,
  });
  const api = inProcessApi(backend);
  const store = createDocumentStore(
    await api['project.create']({ path: join(dir.dir, 'p'), name: 'P' }),
    api,
  );
  return { dir, backend, api, store };
}

export function closeTestDocument(doc: TestDocument): void {
  doc.backend.close();
  doc.dir.cleanup();
}

/** A new project open in a document store over the real backend, for each test. */
export function documentPerTest(): { readonly api: WaylineApi; readonly store: DocumentStore } {
  let opened: TestDocument | undefined;
  beforeEach(async () => {
    opened = await openTestDocument();
  });
  afterEach(() => {
    if (opened) closeTestDocument(opened);
  });
  return {
    get api() {
      return opened!.api;
    },
    get store() {
      return opened!.store;
    },
  };
}
