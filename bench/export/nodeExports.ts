// Every export format timed in Node through exportJourney, the one function the app, browser
// mode and the command line call.
import { exportJourney } from '../../electron/backend/export/exportJourney';
import { openProjectStore } from '../../electron/backend/projectStore';
import {
  defaultOptionsOfEveryFormat,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../shared/export/formats';
import type { ProjectDoc } from '../../shared/model/types';
import { pngHeader } from '../../shared/export/pngHeader';

/** The options the export dialog starts with (PNG at 2x, as the target says). */
export const BENCH_OPTIONS = defaultOptionsOfEveryFormat();

export interface FormatTiming {
  format: ExportFormat;
  samples: number[];
  bytes: number;
  /** PNG only: the image's size as its header says. */
  pixels?: { width: number; height: number };
  notes: string[];
}

/** The project as the app holds it in memory once opened. */
export function loadDoc(path: string): ProjectDoc {
  const store = openProjectStore(path);
  try {
    return store.doc;
  } finally {
    store.close();
  }
}

/** `runs` timed exports of each format after one untimed warm-up (fonts, JIT, caches). */
export async function timeExports(
  doc: ProjectDoc,
  journeyId: string,
  runs: (format: ExportFormat) => number,
): Promise<FormatTiming[]> {
  const timings: FormatTiming[] = [];
  for (const format of EXPORT_FORMATS) {
    const warm = await exportJourney(doc, journeyId, format, BENCH_OPTIONS[format]);
    if (warm.bytes.length === 0) throw new Error(`the ${format} export is empty`);
    const samples: number[] = [];
    for (let i = 0; i < runs(format); i++) {
      const start = performance.now();
      await exportJourney(doc, journeyId, format, BENCH_OPTIONS[format]);
      samples.push(performance.now() - start);
    }
    timings.push({
      format,
      samples,
      bytes: warm.bytes.length,
      ...(format === 'png' ? { pixels: pngHeader(warm.bytes) } : {}),
      notes: warm.notes,
    });
  }
  return timings;
}
