import { getEntity } from '../../../shared/model/doc';
import type { ProjectDoc } from '../../../shared/model/types';
import {
  exportFileName,
  FORMAT_INFO,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/export/formats';
import { exportCsv } from '../../../shared/export/csv';
import { exportJsonCanvas } from '../../../shared/export/canvas';
import { exportProjectJson } from '../../../shared/export/json';
import { exportMermaid } from '../../../shared/export/mermaid';
import { exportSvgSource, SVG_PROLOG } from '../../../shared/export/svg/exportSvg';
import { joinSvg, wholeSvg } from '../../../shared/export/svg/svgPieces';
import { insightsPageSvg } from '../../../shared/insights/insightsPage';
import { exportFontCss } from './fonts';
import { renderPdf } from './pdf';
import { planPng, renderPng } from './png';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  notes: string[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export interface ExportHooks {
  /** Progress of the long parts (cards drawn, pages made), for the export dialog. */
  onProgress?(done: number, total: number, stage: string): void;
}

/**
 * One journey in one format: the single place the app, browser mode and the command line
 * turn a document into a file, so they cannot drift apart.
 */
export async function exportJourney(
  doc: ProjectDoc,
  journeyId: string,
  format: ExportFormat,
  options: ExportOptions,
  hooks: ExportHooks = {},
): Promise<ExportedFile> {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in this project`);
  // The text formats take about a second at 20,000 cards: progress says when they start and end.
  const inOneStep = (stage: string, write: () => string) => {
    hooks.onProgress?.(0, 1, stage);
    const bytes = utf8(write());
    hooks.onProgress?.(1, 1, stage);
    return bytes;
  };
  const file = (bytes: Uint8Array, notes: string[] = []): ExportedFile => ({
    fileName: exportFileName(journey.name, format),
    mimeType: FORMAT_INFO[format].mimeType,
    bytes,
    notes,
  });
  switch (format) {
    case 'svg': {
      const map = exportSvgSource(doc, journeyId, {
        background: options.background,
        fontCss: exportFontCss(),
      });
      const stage = 'Writing the SVG';
      const svg = joinSvg(map, SVG_PROLOG, (done, total) => hooks.onProgress?.(done, total, stage));
      return file(utf8(`${svg}\n`));
    }
    case 'png': {
      const map = exportSvgSource(doc, journeyId, { background: options.background });
      // Decided from the map's size before anything is drawn: scaled down, or refused.
      const { stage } = planPng(map.width, map.height, options);
      hooks.onProgress?.(0, 1, stage);
      const png = await renderPng(map, options, (done, total) =>
        hooks.onProgress?.(done, total, stage),
      );
      return file(png.png, png.notes);
    }
    case 'pdf': {
      const insights = options.insights ? insightsPageSvg(doc, journeyId) : undefined;
      const pdf = await renderPdf(exportSvgSource(doc, journeyId, { background: 'white' }), {
        ...options,
        title: journey.name,
        insightsPage: insights && wholeSvg(insights.svg, insights.width, insights.height),
        onProgress: hooks.onProgress,
      });
      return file(pdf.pdf, pdf.notes);
    }
    case 'json':
      return file(
        inOneStep('Writing the JSON', () =>
          exportProjectJson(
            doc,
            options.scope === 'journey' ? { scope: 'journey', journeyId } : { scope: 'project' },
          ),
        ),
      );
    case 'csv':
      return file(inOneStep('Writing the CSV', () => exportCsv(doc, { journeyId })));
    case 'canvas':
      return file(inOneStep('Writing the canvas', () => exportJsonCanvas(doc, journeyId)));
    case 'mermaid':
      return file(inOneStep('Writing the diagram', () => exportMermaid(doc, journeyId)));
  }
}
