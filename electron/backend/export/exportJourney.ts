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

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * One journey in one format: the single place the app, browser mode and the command line
 * turn a document into a file, so they cannot drift apart.
 */
export async function exportJourney(
  doc: ProjectDoc,
  journeyId: string,
  format: ExportFormat,
  options: ExportOptions,
  hooks?: ExportHooks,
): Promise<ExportedFile> {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in this project`);
  // Coarse steps: the map is drawn once, then rasterised or paged for PNG and PDF.
  const steps = format === 'png' || format === 'pdf' ? 2 : 1;
  const step = (done: number, stage: string) => hooks?.onProgress?.(done, steps, stage);
  step(0, format === 'svg' || steps === 2 ? 'Drawing the map' : 'Writing the file');
  const file = (bytes: Uint8Array, notes: string[] = []): ExportedFile => ({
    fileName: exportFileName(journey.name, format),
    mimeType: FORMAT_INFO[format].mimeType,
    bytes,
    notes,
  });
  switch (format) {
    case 'svg': {
      const { svg } = exportSvg(doc, journeyId, {
        background: options.background,
        fontCss: exportFontCss(),
      });
      return file(utf8(svg));
    }
    case 'png': {
      const { svg, width, height } = exportSvg(doc, journeyId, { background: options.background });
      step(1, 'Rendering the image');
      const png = renderPng(svg, width, height, options);
      return file(png.png, png.notes);
    }
    case 'pdf': {
      const { svg, width, height } = exportSvg(doc, journeyId, { background: 'white' });
      step(1, 'Writing the PDF');
      const pdf = await renderPdf(svg, width, height, {
        ...options,
        title: journey.name,
        insightsPage: options.insights ? insightsPageSvg(doc, journeyId) : undefined,
      });
      return file(pdf.pdf, pdf.notes);
    }
    case 'json':
      return file(
        utf8(
          exportProjectJson(
            doc,
            options.scope === 'journey' ? { scope: 'journey', journeyId } : { scope: 'project' },
          ),
        ),
      );
    case 'csv':
      return file(utf8(exportCsv(doc, { journeyId })));
    case 'canvas':
      return file(utf8(exportJsonCanvas(doc, journeyId)));
    case 'mermaid':
      return file(utf8(exportMermaid(doc, journeyId)));
  }
}
