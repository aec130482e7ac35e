import type { FarCard } from '../../../../shared/layout/farShapes';
import { drawCurve } from './drawFarCurve';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';

/** The colours the far layer takes from the app's theme (CSS variables), read once per draw. */
export interface FarColors {
  surface: string;
  ink: string;
  faint: string;
  line: string;
  accent: string;
  /** The emotion curve's line, its zero line and its low-point rings. */
  curve: string;
  lineStrong: string;
  low: string;
}

export interface FarView {
  /** screen = canvas * zoom + (x, y), in CSS pixels of the pane. */
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface FarDrawInput {
  layout: JourneyLayout;
  cards: readonly FarCard[];
  /** Cards drawn as full React Flow nodes (the selected ones): no shape under them. */
  skip: ReadonlySet<string>;
  hovered: string | null;
  colors: FarColors;
  /** Only the cards' shapes: nearer in, where names, lines and the curve are full nodes. */
  shapesOnly?: boolean;
}

const LABEL_FONT = '600 12px system-ui, sans-serif';

/** `text`, cut with an ellipsis to fit `room` pixels in the current font. */
function fitted(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let n = text.length;
  while (n > 1 && ctx.measureText(`${text.slice(0, n)}…`).width > room) n--;
  return `${text.slice(0, n)}…`;
}

function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  at: { x: number; y: number; rightOf?: number; room?: number },
  c: FarColors,
) {
  const shown = at.room === undefined ? text : fitted(ctx, text, at.room - 10);
  const width = ctx.measureText(shown).width + 10;
  // Lane names end where the first stage starts, so they cover no card while there is room.
  const x = Math.max(4, at.rightOf === undefined ? at.x : at.rightOf - width);
  const y = at.y;
  ctx.fillStyle = c.surface;
  ctx.globalAlpha = 0.92;
  ctx.fillRect(x, y - 9, width, 18);
  ctx.globalAlpha = 1;
  ctx.fillStyle = c.ink;
  ctx.fillText(shown, x + 5, y + 4);
  return width;
}

const DIM_ALPHA = 0.28;

/**
 * The cards' shapes, batched by colour: a few paths for the whole map rather than a fill per
 * card per part, which is what keeps a 2,000-card frame short on a software-rendered canvas.
 */
function drawShapes(
  ctx: CanvasRenderingContext2D,
  cards: readonly FarCard[],
  view: FarView,
  { skip, colors }: FarDrawInput,
) {
  const { x: tx, y: ty, zoom: z, width, height } = view;
  const bar = Math.max(2, 4 * z);
  const dotR = Math.max(1.5, 7 * z);
  const detailed = 248 * z >= 40;
  const bodies = new Path2D();
  const titles = new Path2D();
  const bars = new Map<string, Path2D>();
  const dots = new Map<string, Path2D>();
  const pathIn = (paths: Map<string, Path2D>, color: string) => {
    let path = paths.get(color);
    if (!path) paths.set(color, (path = new Path2D()));
    return path;
  };
  for (const card of cards) {
    const sx = card.x * z + tx;
    const sy = card.y * z + ty;
    const w = card.width * z;
    const h = card.height * z;
    if (sx > width || sy > height || sx + w < 0 || sy + h < 0 || skip.has(card.id)) continue;
    bodies.rect(sx, sy, w, h);
    pathIn(bars, card.bar).rect(sx, sy, bar, h);
    const lineY = sy + h * 0.22;
    if (!card.untitled) titles.rect(sx + bar + 2 * dotR + 4, lineY, w * 0.55, Math.max(1, 12 * z));
    if (card.dot) {
      const dot = pathIn(dots, card.dot);
      const cx = sx + bar + dotR + 2;
      const cy = lineY + Math.max(0.5, 6 * z);
      dot.moveTo(cx + dotR, cy);
      dot.arc(cx, cy, dotR, 0, 2 * Math.PI);
    }
  }
  ctx.fillStyle = colors.surface;
  ctx.fill(bodies);
  if (detailed) {
    ctx.strokeStyle = colors.line;
    ctx.lineWidth = 1;
    ctx.stroke(bodies);
  }
  ctx.fillStyle = colors.faint;
  ctx.fill(titles);
  for (const [color, path] of bars) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
  for (const [color, path] of dots) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
}

/**
 * Draws the far-out map in one pass: a light shape per card (stage colour bar, title line,
 * emotion dot), connections along their routes, then stage and lane names at a fixed 12 px so
 * they stay readable at every zoom. Off-screen cards are skipped.
 */
export function drawFarLayer(ctx: CanvasRenderingContext2D, view: FarView, input: FarDrawInput) {
  const { layout, cards, skip, hovered, colors } = input;
  const { x: tx, y: ty, zoom: z, width, height } = view;
  ctx.clearRect(0, 0, width, height);
  if (input.shapesOnly) {
    drawShapes(ctx, cards, view, input);
    return;
  }

  ctx.strokeStyle = colors.faint;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // Along the routed corners, as the full edges go, so lines do not cut across cards.
  for (const c of layout.connections) {
    const points = c.points.length > 1 ? c.points : [c.start, c.end];
    points.forEach((p, i) =>
      i === 0 ? ctx.moveTo(p.x * z + tx, p.y * z + ty) : ctx.lineTo(p.x * z + tx, p.y * z + ty),
    );
  }
  ctx.stroke();

  const left = layout.stages[0]?.x ?? 0;
  const last = layout.stages.at(-1);
  const right = last ? last.x + last.width : layout.width;
  drawCurve(ctx, layout.emotionCurve, view, colors, { left, right });
  // Search: matches stand out, the rest step back (as the full cards' filter-dim does).
  const dim = cards.filter((c) => c.filter === 'dim');
  drawShapes(ctx, dim.length ? cards.filter((c) => c.filter !== 'dim') : cards, view, input);
  if (dim.length) {
    ctx.globalAlpha = DIM_ALPHA;
    drawShapes(ctx, dim, view, input);
    ctx.globalAlpha = 1;
  }
  const outline = (card: FarCard, color: string) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.strokeRect(
      card.x * z + tx - 1,
      card.y * z + ty - 1,
      card.width * z + 2,
      card.height * z + 2,
    );
  };
  for (const card of cards)
    if (card.filter === 'match' && !skip.has(card.id)) outline(card, colors.accent);
  const over = hovered ? cards.find((c) => c.id === hovered) : undefined;
  if (over && !skip.has(over.id)) outline(over, colors.ink);

  ctx.font = LABEL_FONT;
  // Stage names sit on the stage heads while those are tall enough, above the map when they
  // are not (so they cover no card), and stay at the top of the pane when the map goes under it.
  const head = ((layout.cells[0]?.y ?? layout.top) - layout.top) * z;
  const sy = Math.max(14, layout.top * z + ty + (head >= 24 ? 14 : -16));
  for (const stage of layout.stages) {
    const sx = stage.x * z + tx;
    if (sx > width || sx + stage.width * z < 0) continue;
    // Cut to the column (no narrower than a few letters), so names do not run into each other.
    const room = Math.max(36, stage.width * z + Math.min(sx - 4, 0));
    const name = stage.name || 'Untitled stage';
    const w = label(ctx, name, { x: Math.max(sx, 4), y: sy, room }, colors);
    ctx.fillStyle = stage.color;
    ctx.fillRect(Math.max(sx, 4), sy + 9, w, 3);
  }
  const mapLeft = (layout.stages[0]?.x ?? 0) * z + tx - 4;
  // The lane label nodes under this layer are too small to read here: covered, and named below.
  ctx.fillStyle = colors.surface;
  for (const lane of layout.lanes) {
    const left = lane.x * z + tx;
    if (mapLeft > left) ctx.fillRect(left, lane.y * z + ty, mapLeft - left, lane.height * z);
  }
  for (const lane of layout.lanes) {
    const sy = (lane.y + Math.min(lane.height / 2, 24)) * z + ty;
    if (sy < 28 || sy > height) continue;
    label(ctx, lane.name, { x: 4, y: sy, rightOf: mapLeft }, colors);
  }
}
