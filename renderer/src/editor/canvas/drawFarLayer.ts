import type { FarCard } from '../../../../shared/layout/farShapes';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';

/** The colours the far layer takes from the app's theme (CSS variables), read once per draw. */
export interface FarColors {
  surface: string;
  ink: string;
  faint: string;
  line: string;
  accent: string;
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
}

const LABEL_FONT = '600 12px system-ui, sans-serif';

function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, c: FarColors) {
  const width = ctx.measureText(text).width + 10;
  ctx.fillStyle = c.surface;
  ctx.globalAlpha = 0.92;
  ctx.fillRect(x, y - 9, width, 18);
  ctx.globalAlpha = 1;
  ctx.fillStyle = c.ink;
  ctx.fillText(text, x + 5, y + 4);
  return width;
}

/**
 * Draws the far-out map in one pass: a light shape per card (stage colour bar, title line,
 * emotion dot), connections as straight lines, then stage and lane names at a fixed 12 px so
 * they stay readable at every zoom. Off-screen cards are skipped.
 */
export function drawFarLayer(ctx: CanvasRenderingContext2D, view: FarView, input: FarDrawInput) {
  const { layout, cards, skip, hovered, colors } = input;
  const { x: tx, y: ty, zoom: z, width, height } = view;
  ctx.clearRect(0, 0, width, height);

  ctx.strokeStyle = colors.faint;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const c of layout.connections) {
    ctx.moveTo(c.start.x * z + tx, c.start.y * z + ty);
    ctx.lineTo(c.end.x * z + tx, c.end.y * z + ty);
  }
  ctx.stroke();

  const bar = Math.max(2, 4 * z);
  const dotR = Math.max(1.5, 7 * z);
  for (const card of cards) {
    const sx = card.x * z + tx;
    const sy = card.y * z + ty;
    const w = card.width * z;
    const h = card.height * z;
    if (sx > width || sy > height || sx + w < 0 || sy + h < 0 || skip.has(card.id)) continue;
    ctx.fillStyle = colors.surface;
    ctx.fillRect(sx, sy, w, h);
    ctx.fillStyle = card.bar;
    ctx.fillRect(sx, sy, bar, h);
    ctx.fillStyle = card.untitled ? colors.line : colors.faint;
    ctx.fillRect(sx + bar + 2 * dotR + 4, sy + h * 0.22, w * 0.55, Math.max(1, 12 * z));
    if (card.dot) {
      ctx.fillStyle = card.dot;
      ctx.beginPath();
      ctx.arc(sx + bar + dotR + 2, sy + h * 0.22 + Math.max(0.5, 6 * z), dotR, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.strokeStyle = card.id === hovered ? colors.accent : colors.line;
    ctx.lineWidth = card.id === hovered ? 2 : 1;
    ctx.strokeRect(sx + 0.5, sy + 0.5, w - 1, h - 1);
  }

  ctx.font = LABEL_FONT;
  for (const stage of layout.stages) {
    const sx = stage.x * z + tx;
    if (sx > width || sx + stage.width * z < 0) continue;
    const sy = Math.max(14, layout.top * z + ty + 14);
    const w = label(ctx, stage.name || 'Untitled stage', Math.max(sx, 4), sy, colors);
    ctx.fillStyle = stage.color;
    ctx.fillRect(Math.max(sx, 4), sy + 9, w, 3);
  }
  for (const lane of layout.lanes) {
    const sy = (lane.y + Math.min(lane.height / 2, 24)) * z + ty;
    if (sy < 28 || sy > height) continue;
    label(ctx, lane.name, Math.max(tx, 4), sy, colors);
  }
}
