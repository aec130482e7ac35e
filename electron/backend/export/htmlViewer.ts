/**
 * The one-file HTML viewer (format `html`): the map's SVG and the insights page inline, the
 * fonts their text needs as data: URLs, the card details as JSON, and the viewer's script,
 * bundled at build time (renderer/viewer) and named by its hash in the page's policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewerData } from '../../../shared/export/html/viewerData';
import { viewerPage } from '../../../shared/export/html/viewerPage';
import { joinSvg, type SvgSource } from '../../../shared/export/svg/svgPieces';
import { xmlText } from '../../../shared/export/svg/xml';
import { insightsPageSvg } from '../../../shared/insights/insightsPage';
import type { ProjectDoc } from '../../../shared/model/types';
import { SvgFontUse } from './svgFonts';
import { distFile } from '../distFiles';

/** The bundled viewer script (dist/viewer/viewer.js). */
export function viewerScriptPath(): string {
  return distFile(join('viewer', 'viewer.js'), 'The HTML viewer’s script');
}

export function renderHtmlViewer(
  doc: ProjectDoc,
  journeyId: string,
  map: SvgSource,
  onProgress: (done: number, total: number) => void,
  thumbs: Readonly<Record<string, string>> = {},
): { bytes: Uint8Array; notes: string[] } {
  const fonts = new SvgFontUse();
  const mapSvg = joinSvg(fonts.watching(map), '', onProgress);
  const insights = insightsPageSvg(doc, journeyId).svg;
  fonts.visit(insights);
  const data = viewerData(doc, journeyId, thumbs);
  // The panels' and the bar's text is the page's, not the SVG's: its characters need fonts too.
  const { persona } = data;
  const pageWords = [data.project, data.journey, ...data.lanes];
  pageWords.push(...data.stages.flatMap((s) => [s.name, s.goal]));
  if (persona) pageWords.push(persona.name, persona.role, persona.quote);
  pageWords.push(...(persona?.sections.flatMap((s) => [s.label, ...s.items]) ?? []));
  fonts.visit(`<text>${xmlText(pageWords.join(' '))}</text>`);
  for (const card of data.cards) {
    const words = [
      card.title,
      ...card.details.map((d) => `${d.label} ${d.text}`),
      ...card.quotes.map((q) => `${q.text} ${q.who} ${q.source} ${q.date}`),
      ...card.files.map((f) => f.name),
    ].join(' ');
    fonts.visit(`<text>${xmlText(words)}</text>`);
  }
  const { css, notes } = fonts.fonts();
  const script = readFileSync(viewerScriptPath(), 'utf8');
  const page = viewerPage({
    data,
    mapSvg,
    insightsSvg: insights,
    fontCss: css,
    script,
    scriptSha256: createHash('sha256').update(script, 'utf8').digest('base64'),
  });
  return { bytes: Buffer.from(page, 'utf8'), notes };
}
