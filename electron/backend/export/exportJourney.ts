import { getEntity } from '../../../shared/model/doc';
import type { Journey, ProjectDoc } from '../../../shared/model/types';
import {
  exportFileName,
  FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportOptionsInput,
} from '../../../shared/export/formats';
import { exportCsv } from '../../../shared/export/csv';
import { exportJsonCanvas } from '../../../shared/export/canvas';
import { exportProjectJson } from '../../../shared/export/json';
import { exportMermaid } from '../../../shared/export/mermaid';
import { exportSvg } from '../../../shared/export/svg/exportSvg';
import { insightsPageSvg } from '../../../shared/insights/insightsPage';
import { exportFontCss } from './fonts';
import { renderPdf } from './pdf';
import { renderPng } from './png';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  notes: string[];
}

/** What an export reports while it runs; `stage` is a short phrase the export dialog shows. */
export interface ExportHooks {
  onProgress?(done: number, total: number, stage: string): void;
}

/** What a renderer is given besides its options. */
interface RenderContext {
  doc: ProjectDoc;
  journeyId: string;
  journey: Journey;
  /** Reports the renderer's coarse steps: `done` of its `steps`. */
  step(done: number, stage: string): void;
}

interface Rendered {
  bytes: Uint8Array;
  notes?: string[];
}

/** Draws one format: `steps` is how many progress steps it reports (at least one). */
interface Renderer<F extends ExportFormat> {
  steps: number;
  render(context: RenderContext, options: ExportOptions<F>): Rendered | Promise<Rendered>;
}

const utf8 = (text: string): Rendered => ({ bytes: new TextEncoder().encode(text) });

/** A format written as text in one step. */
function textFile<F extends ExportFormat>(
  write: (context: RenderContext, options: ExportOptions<F>) => string,
): Renderer<F> {
  return {
    steps: 1,
    render(context, options) {
      context.step(0, 'Writing the file');
      return utf8(write(context, options));
    },
  };
}

/** Every format's renderer; a format declared in shared/export/formats.ts without one does not compile. */
const RENDERERS: { [F in ExportFormat]: Renderer<F> } = {
  svg: {
    steps: 1,
    render({ doc, journeyId, step }, { background }) {
      step(0, 'Drawing the map');
      return utf8(exportSvg(doc, journeyId, { background, fontCss: exportFontCss() }).svg);
    },
  },
  png: {
    // Coarse steps: the map is drawn once, then rasterised.
    steps: 2,
    render({ doc, journeyId, step }, options) {
      step(0, 'Drawing the map');
      const { svg, width, height } = exportSvg(doc, journeyId, { background: options.background });
      step(1, 'Rendering the image');
      const png = renderPng(svg, width, height, options);
      return { bytes: png.png, notes: png.notes };
    },
  },
  pdf: {
    steps: 2,
    async render({ doc, journeyId, journey, step }, options) {
      step(0, 'Drawing the map');
      const { svg, width, height } = exportSvg(doc, journeyId, { background: 'white' });
      step(1, 'Writing the PDF');
      const pdf = await renderPdf(svg, width, height, {
        paper: options.paper,
        orientation: options.orientation,
        tile: options.tile,
        title: journey.name,
        insightsPage: options.insights ? insightsPageSvg(doc, journeyId) : undefined,
      });
      return { bytes: pdf.pdf, notes: pdf.notes };
    },
  },
  json: textFile(({ doc, journeyId }, { scope }) =>
    exportProjectJson(
      doc,
      scope === 'journey' ? { scope: 'journey', journeyId } : { scope: 'project' },
    ),
  ),
  csv: textFile(({ doc, journeyId }) => exportCsv(doc, { journeyId })),
  canvas: textFile(({ doc, journeyId }) => exportJsonCanvas(doc, journeyId)),
  mermaid: textFile(({ doc, journeyId }) => exportMermaid(doc, journeyId)),
};

/**
 * One journey in one format: the single place the app, browser mode and the command line
 * turn a document into a file, so they cannot drift apart. The options are checked against
 * the format's own schema (left-out options take their defaults).
 */
export async function exportJourney<F extends ExportFormat>(
  doc: ProjectDoc,
  journeyId: string,
  format: F,
  options?: ExportOptionsInput<F>,
  hooks?: ExportHooks,
): Promise<ExportedFile> {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in this project`);
  const declaration = FORMATS[format];
  const parsed = declaration.options.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length
      ? `${declaration.label} option ${String(issue.path[0])}: `
      : '';
    throw new Error(`${where}${issue?.message ?? 'the options are not valid'}`);
  }
  const renderer = RENDERERS[format];
  const step = (done: number, stage: string) => hooks?.onProgress?.(done, renderer.steps, stage);
  const { bytes, notes = [] } = await renderer.render(
    { doc, journeyId, journey, step },
    parsed.data as ExportOptions<F>,
  );
  return {
    fileName: exportFileName(journey.name, format),
    mimeType: declaration.mimeType,
    bytes,
    notes,
  };
}
