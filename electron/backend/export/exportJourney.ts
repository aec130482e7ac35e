import { getEntity } from '../../../shared/model/doc';
import type { Journey, ProjectDoc } from '../../../shared/model/types';
import {
  exportFileName,
  FORMATS,
  wholeProjectStem,
  type ExportFormat,
  type ExportOptions,
  type ExportOptionsInput,
} from '../../../shared/export/formats';
import { exportCsv } from '../../../shared/export/csv';
import { exportJsonCanvas } from '../../../shared/export/canvas';
import { exportProjectJson } from '../../../shared/export/json';
import { exportMermaid } from '../../../shared/export/mermaid';
import { exportOpportunitiesCsv } from '../../../shared/export/opportunities';
import { opportunitiesXlsx } from './opportunitiesXlsx';
import { exportMetricsCsv } from '../../../shared/export/metricsCsv';
import {
  exportSvgSource,
  SVG_PROLOG,
  type SvgExportOptions,
} from '../../../shared/export/svg/exportSvg';
import { createConnectionRouter } from '../../../shared/layout/routing/connectionRouter';
import { loadAvoid } from '../routing/loadAvoid';
import { joinSvg, wholeSvg } from '../../../shared/export/svg/svgPieces';
import { insightsPageSvg } from '../../../shared/insights/insightsPage';
import { renderHtmlViewer } from './htmlViewer';
import { renderPdf } from './pdf';
import { planPng, renderPng, renderPngWithin } from './png';
import { deckPlan } from '../../../shared/export/deck/deckPlan';
import { writePptxDeck, type DeckOptions } from './pptx/pptxDeck';
import { pictureFitsSlide } from './pptx/pptxMapSlides';
import { FONT_CSS_SLOT, svgFileBytes, SvgFontUse } from './svgFonts';
import type { ExportMedia } from '../media/exportMedia';
import { writeBundle } from '../../../shared/media/bundle';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  notes: string[];
}

/** What an export reports while it runs; `stage` is a short phrase the export dialog shows. */
export interface ExportHooks {
  onProgress?(done: number, total: number, stage: string): void;
  /** The cards' cover pictures (electron/backend/media/exportMedia.ts); none drawn without. */
  media?: ExportMedia;
}

/** What a renderer is given besides its options. */
interface RenderContext {
  doc: ProjectDoc;
  journeyId: string;
  journey: Journey;
  /** The cards' cover pictures as data: URLs by blob hash. */
  covers?: Readonly<Record<string, string>>;
  /** The attached files' bytes by hash, for a bundle. */
  files?: Readonly<Record<string, Uint8Array>>;
  /** Reports how far the renderer is: `done` of `total` in a stage the dialog shows. */
  progress(done: number, total: number, stage: string): void;
}

interface Rendered {
  bytes: Uint8Array;
  notes?: string[];
}

/** Draws one format from the model and its options. */
interface Renderer<F extends ExportFormat> {
  render(context: RenderContext, options: ExportOptions<F>): Rendered | Promise<Rendered>;
}

/** The overview slide's picture: sharp on a projector, and a few MB at most for any map. */
const OVERVIEW_MAX_SIDE = 3200;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A format written as text at once. It takes about a second at 20,000 cards, so progress
 * says when it starts and ends.
 */
function textFile<F extends ExportFormat>(
  stage: string,
  write: (context: RenderContext, options: ExportOptions<F>) => string,
): Renderer<F> {
  return {
    render(context, options) {
      context.progress(0, 1, stage);
      const bytes = utf8(write(context, options));
      context.progress(1, 1, stage);
      return { bytes };
    },
  };
}

/** The map's SVG with its connections routed around the cards, as the canvas draws them. */
async function routedSvgSource(
  { doc, journeyId, covers }: Pick<RenderContext, 'doc' | 'journeyId' | 'covers'>,
  options: SvgExportOptions,
) {
  const router = createConnectionRouter(await loadAvoid());
  try {
    return exportSvgSource(doc, journeyId, { ...options, router, ...(covers && { covers }) });
  } finally {
    router.dispose();
  }
}

/** Every format's renderer; a format declared in shared/export/formats.ts without one does not compile. */
const RENDERERS: { [F in ExportFormat]: Renderer<F> } = {
  svg: {
    async render(context, { background }) {
      const { progress } = context;
      // The fonts go in once the text is known: only those its characters need.
      const map = await routedSvgSource(context, { background, fontCss: FONT_CSS_SLOT });
      const fonts = new SvgFontUse();
      const stage = 'Writing the SVG';
      const svg = joinSvg(fonts.watching(map), SVG_PROLOG, (done, total) =>
        progress(done, total, stage),
      );
      const { css, notes } = fonts.fonts();
      return { bytes: svgFileBytes(svg, css), notes };
    },
  },
  png: {
    async render(context, options) {
      const { progress } = context;
      const map = await routedSvgSource(context, { background: options.background });
      // Decided from the map's size before anything is drawn: scaled down, or refused.
      const { stage } = planPng(map.width, map.height, options);
      progress(0, 1, stage);
      const png = await renderPng(map, options, (done, total) => progress(done, total, stage));
      return { bytes: png.png, notes: png.notes };
    },
  },
  pdf: {
    async render(context, options) {
      const { doc, journeyId, journey, progress } = context;
      const insights = options.insights ? insightsPageSvg(doc, journeyId) : undefined;
      const map = await routedSvgSource(context, { background: 'white' });
      const pdf = await renderPdf(map, {
        paper: options.paper,
        orientation: options.orientation,
        tile: options.tile,
        title: journey.name,
        insightsPage: insights && wholeSvg(insights.svg, insights.width, insights.height),
        onProgress: progress,
      });
      return { bytes: pdf.pdf, notes: pdf.notes };
    },
  },
  html: {
    async render(context) {
      const { doc, journeyId, progress, covers } = context;
      const map = await routedSvgSource(context, { background: 'white' });
      const stage = 'Writing the page';
      const onProgress = (done: number, total: number) => progress(done, total, stage);
      return renderHtmlViewer(doc, journeyId, map, onProgress, covers);
    },
  },
  pptx: {
    async render(context, options) {
      const { doc, journeyId, progress } = context;
      const plan = deckPlan(doc, journeyId);
      let overview: DeckOptions['overview'];
      let notes: string[] = [];
      // The map's size is known before anything is routed or drawn: a map too tall or wide to
      // read as one picture on a slide gets the map at a glance instead.
      const size = exportSvgSource(doc, journeyId, { background: 'white' });
      if (options.overview && !pictureFitsSlide(size.width, size.height)) overview = 'glance';
      else if (options.overview) {
        const map = await routedSvgSource(context, { background: 'white' });
        const stage = 'Drawing the overview';
        progress(0, 1, stage);
        const picture = await renderPngWithin(map, OVERVIEW_MAX_SIDE, 2, (done, total) =>
          progress(done, total, stage),
        );
        overview = picture;
        notes = picture.notes;
      }
      const deck = await writePptxDeck(
        plan,
        { overview, charts: options.charts, date: new Date() },
        progress,
      );
      return { bytes: deck.bytes, notes: [...notes, ...deck.notes] };
    },
  },
  json: textFile('Writing the JSON', ({ doc, journeyId }, { scope }) =>
    exportProjectJson(
      doc,
      scope === 'journey' ? { scope: 'journey', journeyId } : { scope: 'project' },
    ),
  ),
  bundle: {
    async render({ doc, journeyId, files, progress }, { scope }) {
      progress(0, 1, 'Packing the bundle');
      const target = scope === 'journey' ? { scope, journeyId } : { scope };
      const bytes = await writeBundle(
        exportProjectJson(doc, target),
        new Map(Object.entries(files ?? {})),
      );
      progress(1, 1, 'Packing the bundle');
      return { bytes };
    },
  },
  csv: textFile('Writing the CSV', ({ doc, journeyId }) => exportCsv(doc, { journeyId })),
  canvas: textFile('Writing the canvas', ({ doc, journeyId }) => exportJsonCanvas(doc, journeyId)),
  mermaid: textFile('Writing the diagram', ({ doc, journeyId }) => exportMermaid(doc, journeyId)),
  opportunities: textFile('Writing the backlog', ({ doc }) => exportOpportunitiesCsv(doc)),
  metrics: textFile('Writing the metrics', ({ doc, journeyId }) =>
    exportMetricsCsv(doc, journeyId),
  ),
  'opportunities-xlsx': {
    async render({ doc, progress }) {
      progress(0, 1, 'Writing the spreadsheet');
      const bytes = await opportunitiesXlsx(doc);
      progress(1, 1, 'Writing the spreadsheet');
      return { bytes };
    },
  },
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
  const progress = (done: number, total: number, stage: string) =>
    hooks?.onProgress?.(done, total, stage);
  const { bytes, notes = [] } = await RENDERERS[format].render(
    { doc, journeyId, journey, progress, ...hooks?.media },
    parsed.data as ExportOptions<F>,
  );
  return {
    fileName: exportFileName(
      declaration.wholeProject ? wholeProjectStem(doc.info.name) : journey.name,
      format,
    ),
    mimeType: declaration.mimeType,
    bytes,
    notes,
  };
}
