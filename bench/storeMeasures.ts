// Measurements in Node directly on the project store: no browser, no HTTP.
import { openProjectStore } from '../electron/backend/projectStore';
import type { ProjectDoc } from '../shared/model/types';
import { writeJsonDurably } from './fixture';

const WARM_UP = 20;

/**
 * Edit to commit: one updateTouchpoint op through store.apply, which returns once its SQLite
 * transaction has committed (WAL, synchronous=FULL, so the WAL is fsynced).
 */
export function timeEditCommits(path: string, ids: readonly string[], iterations: number) {
  const store = openProjectStore(path);
  try {
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + iterations; i++) {
      const id = ids[(i * 37) % ids.length] as string;
      const start = performance.now();
      store.apply([{ type: 'updateTouchpoint', id, patch: { title: `Edited title ${i}` } }]);
      if (i >= WARM_UP) samples.push(performance.now() - start);
    }
    return { samples, doc: store.doc };
  } finally {
    store.close();
  }
}

/** The same edits saved the naive way: the whole project rewritten as JSON and fsynced. */
export function timeJsonRewrites(
  path: string,
  doc: ProjectDoc,
  ids: readonly string[],
  iterations: number,
) {
  const copy: ProjectDoc = structuredClone(doc);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + iterations; i++) {
    const id = ids[(i * 37) % ids.length] as string;
    const start = performance.now();
    const card = copy.touchpoints[id];
    if (card) copy.touchpoints[id] = { ...card, title: `Edited title ${i}` };
    writeJsonDurably(path, copy);
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  return samples;
}

/** Opening the file in the backend: header checks, quick_check, every row read and validated. */
export function timeStoreOpens(path: string, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const store = openProjectStore(path);
    const elapsed = performance.now() - start;
    store.close();
    if (i > 0) samples.push(elapsed);
  }
  return samples;
}

/** The project's document as the store reads it (for the JSON baseline). */
export function readDoc(path: string): ProjectDoc {
  const store = openProjectStore(path);
  try {
    return store.doc;
  } finally {
    store.close();
  }
}
