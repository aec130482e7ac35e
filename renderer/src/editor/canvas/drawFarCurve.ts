import type { EmotionCurve } from '../../../../shared/layout/layoutJourney';
import { emotionLevel } from '../../../../shared/model/scales';
import type { FarColors, FarView } from './drawFarLayer';

/** The full curve's sizes in canvas units (EmotionCurveNode, canvas.css), so nothing jumps. */
const FACE_RADIUS = 11;
const RING_GAP = 5;
const LINE = 3;

// Parsing the path is the costly part of a frame at 2,000 points: keep the last one.
let parsed: { d: string; path: Path2D } | null = null;
function pathOf(d: string): Path2D {
  if (parsed?.d !== d) parsed = { d, path: new Path2D(d) };
  return parsed.path;
}

/**
 * The emotion curve far out: the very path and points the full curve draws (from the layout),
 * with the line and the faces kept a few pixels wide so the journey's shape stays visible.
 */
export function drawCurve(
  ctx: CanvasRenderingContext2D,
  curve: EmotionCurve | undefined,
  view: FarView,
  colors: FarColors,
  span: { left: number; right: number },
) {
  if (!curve) return;
  const { x: tx, y: ty, zoom: z } = view;
  const zeroY = curve.zeroY * z + ty;
  ctx.strokeStyle = colors.lineStrong;
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 4]);
  ctx.beginPath();
  ctx.moveTo(span.left * z + tx, zeroY);
  ctx.lineTo(span.right * z + tx, zeroY);
  ctx.stroke();
  ctx.setLineDash([]);

  if (curve.path) {
    ctx.save();
    ctx.translate(tx, ty);
    ctx.scale(z, z);
    ctx.strokeStyle = colors.curve;
    ctx.lineWidth = Math.max(1.5, LINE * z) / z;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.stroke(pathOf(curve.path));
    ctx.restore();
  }

  const r = Math.max(2, FACE_RADIUS * z);
  const dots = new Map<string, Path2D>();
  const rings = new Path2D();
  for (const p of curve.points) {
    const cx = p.x * z + tx;
    const cy = p.y * z + ty;
    if (cx < -r * 3 || cx > view.width + r * 3) continue;
    const color = emotionLevel(p.emotion).color;
    let dot = dots.get(color);
    if (!dot) dots.set(color, (dot = new Path2D()));
    dot.moveTo(cx + r, cy);
    dot.arc(cx, cy, r, 0, 2 * Math.PI);
    if (p.low) {
      const ring = r + Math.max(1.5, RING_GAP * z);
      rings.moveTo(cx + ring, cy);
      rings.arc(cx, cy, ring, 0, 2 * Math.PI);
    }
  }
  for (const [color, path] of dots) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
  ctx.strokeStyle = colors.low;
  ctx.lineWidth = 1.5;
  ctx.stroke(rings);
}
