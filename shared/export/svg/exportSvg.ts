/**
 * The whole journey as one SVG poster: title, persona band, stages, lanes, cards, connections,
 * emotion curve, blueprint lines and legend. Drawn from `layoutJourney`, the function the canvas
 * draws from, so what is exported is what is seen, at any size and without a window.
 */
import { cardFace } from '../../cards/cardFace';
import { getEntity } from '../../model/doc';
import { layoutJourney, type JourneyLayout } from '../../layout/layoutJourney';
import type { ConnectionRouter } from '../../layout/routing/connectionRouter';
import { DEFAULT_LAYOUT_THEME, type LayoutTheme } from '../../layout/theme';
import type { ProjectDoc } from '../../model/types';
import { blueprintLines } from './blueprint';
import { touchpointCard } from './cards';
import { cardCover } from './covers';
import { connectionPieces } from './connections';
import { emotionCurve } from './curve';
import { metricsCells } from './metricsLane';
import { laneLabels } from './lanes';
import { legend, legendHeight } from './legend';
import { noteCard } from './notes';
import { INK } from './palette';
import { personaBand } from './persona';
import { stageColumns } from './stages';
import { EXPORT_FONT_STACK } from './fontFamilies';
import { clampLine, type FontSpec } from './textMetrics';
import { joinSvg, type SvgPiece, type SvgSource } from './svgPieces';
import { attrs, cdata, el, num, text, xmlText } from './xml';
import { countOf } from '../../text/plural';

export interface SvgExportOptions {
  background: 'white' | 'transparent';
  /** @font-face rules (fonts as data: URLs) so browsers draw the text in Inter. */
  fontCss?: string;
  /** Routes connections around the cards, as on the canvas; without it arrows are straight. */
  router?: ConnectionRouter;
  /** Cards' cover pictures (PNG or JPEG data: URLs made by the backend) by blob hash. */
  covers?: Readonly<Record<string, string>>;
}

export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

export const EXPORT_THEME: LayoutTheme = DEFAULT_LAYOUT_THEME;
/** Inter, then the Noto fallbacks, then sans-serif (declared in fontFamilies.ts). */
export { EXPORT_FONT_STACK };
const MARGIN = 40;
const TITLE_HEIGHT = 72;
const LEGEND_GAP = 24;
const MIN_WIDTH = 720;
const TITLE: FontSpec = { size: 24, weight: 700 };
const SUBTITLE: FontSpec = { size: 13, weight: 400 };
const CARDS_GROUP = '<g class="cards">';
/** Where the map's origin sits on the poster: below the margin and the title. */
const MAP_TOP = MARGIN + TITLE_HEIGHT;

/**
 * What lies under the cards: persona band, lane labels, stages, emotion curve, blueprint lines.
 * The curve (a point per touchpoint) is a piece of its own, spanning only its lane.
 */
function* mapGround(
  doc: ProjectDoc,
  layout: JourneyLayout,
  theme: LayoutTheme,
  labelFill: string,
  map: string,
): Generator<SvgPiece> {
  const parts: string[] = [];
  const persona = layout.persona && getEntity(doc, 'personas', layout.persona.personaId);
  if (layout.persona && persona) {
    parts.push(personaBand(layout.persona, layout.persona.height - theme.stageGap, persona));
  }
  parts.push(laneLabels(layout, theme), stageColumns(layout, theme), metricsCells(layout, theme));
  yield { parents: [map], markup: parts.join('') };
  const curve = layout.emotionCurve;
  const lane = curve && layout.lanes.find((l) => l.id === curve.laneId);
  if (curve) {
    yield {
      parents: [map],
      markup: emotionCurve(curve, theme.laneLabelWidth, layout.width),
      ...(lane && { span: { top: MAP_TOP + lane.y, bottom: MAP_TOP + lane.y + lane.height } }),
    };
  }
  yield { parents: [map], markup: blueprintLines(layout.lines, 8, labelFill) };
}

/** Cards stay inside their boxes but for half their outline's width. */
const CARD_BLEED = 2;

function* cardPieces(
  doc: ProjectDoc,
  layout: JourneyLayout,
  map: string,
  covers: SvgExportOptions['covers'],
): Generator<SvgPiece> {
  const parents = [map, CARDS_GROUP];
  for (const box of layout.cards) {
    const t = getEntity(doc, 'touchpoints', box.id);
    if (!t) continue;
    const face = cardFace(t, box.laneKind);
    const cover = cardCover(box, covers);
    const card =
      face.kind === 'touchpoint' ? touchpointCard(cover.body, face) : noteCard(cover.body, face);
    yield {
      parents,
      markup: cover.markup + card,
      span: {
        top: MAP_TOP + box.y - CARD_BLEED,
        bottom: MAP_TOP + box.y + box.height + CARD_BLEED,
      },
    };
  }
}

function summary(layout: JourneyLayout): string {
  return `Customer journey map: ${countOf(layout.stages.length, 'stage')}, ${countOf(layout.lanes.length, 'lane')}, ${countOf(layout.cards.length, 'card')}, ${countOf(layout.connections.length, 'connection')}.`;
}

export const SVG_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function exportSvg(
  doc: ProjectDoc,
  journeyId: string,
  options: SvgExportOptions,
): SvgExport {
  const source = exportSvgSource(doc, journeyId, options);
  const svg = joinSvg(source, SVG_PROLOG) + '\n';
  return { svg, width: source.width, height: source.height };
}

/**
 * The same SVG as exportSvg, as pieces made on demand: one for the title, one for what lies
 * under the cards, one per card and per connection, one for the legend.
 */
export function exportSvgSource(
  doc: ProjectDoc,
  journeyId: string,
  options: SvgExportOptions,
): SvgSource {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in the project`);
  const theme = EXPORT_THEME;
  const layout = layoutJourney(doc, journeyId, theme, options.router);
  const { width, height, contentWidth, legendTop, legendInput } = posterSize(layout);
  const name = journey.name.trim() || 'Untitled journey';
  const state = journey.state === 'future' ? 'Future state' : 'Current state';
  const subtitle = [state, journey.description.trim().replace(/\s+/g, ' ')]
    .filter(Boolean)
    .join(' · ');
  const background = options.background === 'white' ? INK.surface : undefined;

  const head = [
    el('title', {}, xmlText(name)),
    el('desc', {}, xmlText(`${journey.description.trim()} ${summary(layout)}`.trim())),
    options.fontCss ? el('style', {}, cdata(options.fontCss)) : '',
    background
      ? el('rect', { class: 'background', x: 0, y: 0, width, height, fill: background })
      : '',
    text(clampLine(name, contentWidth, TITLE), {
      x: MARGIN,
      y: MARGIN + 24,
      'font-size': TITLE.size,
      'font-weight': TITLE.weight,
      fill: INK.ink,
      class: 'journey-name',
    }),
    text(clampLine(subtitle, contentWidth, SUBTITLE), {
      x: MARGIN,
      y: MARGIN + 48,
      'font-size': SUBTITLE.size,
      'font-weight': SUBTITLE.weight,
      fill: INK.soft,
    }),
  ].join('');
  const map = `<g class="map" transform="translate(${MARGIN} ${num(MAP_TOP)})">`;
  const root = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT_FONT_STACK,
    'text-rendering': 'geometricPrecision',
    role: 'img',
  })}>`;
  const connectionParts = connectionPieces(layout.connections, theme.connectionLabel);
  return {
    width,
    height,
    root,
    count:
      4 + (layout.emotionCurve ? 1 : 0) + Math.max(1, layout.cards.length) + connectionParts.count,
    *pieces() {
      yield { parents: [], markup: head };
      yield* mapGround(doc, layout, theme, background ?? INK.surface, map);
      // An empty group self-closes, as a joined string of no cards always did.
      if (layout.cards.length === 0) yield { parents: [map], markup: `<g class="cards"/>` };
      else yield* cardPieces(doc, layout, map, options.covers);
      for (const { markup, top, bottom } of connectionParts.pieces()) {
        yield { parents: [map], markup, span: { top: MAP_TOP + top, bottom: MAP_TOP + bottom } };
      }
      yield { parents: [], markup: legend(legendInput, MARGIN, legendTop, contentWidth) };
    },
  };
}

/** The poster's size around the map: margins, title band and the legend below. */
function posterSize(layout: JourneyLayout) {
  const contentWidth = Math.max(layout.width, MIN_WIDTH);
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const legendInput = {
    laneKinds: layout.lanes.map((l) => l.kind),
    hasBlueprint: layout.lines.length > 0,
  };
  const legendTop = MAP_TOP + layout.height + LEGEND_GAP;
  const height = Math.ceil(legendTop + legendHeight(legendInput, contentWidth) + MARGIN);
  return { width, height, contentWidth, legendTop, legendInput };
}
