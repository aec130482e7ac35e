/**
 * The geometry of a drawn SVG, read back from its markup with an independent XML parser: every
 * label's ink box (measured with the export's text metrics), every line segment and every
 * filled shape, in the root's coordinates. `overlaps` lists what covers what.
 */
import type { FontWeight } from '../../export/svg/textMetrics';
import { parseSvg, type SvgNode } from '../../export/svg/svgTree.test-support';
import { textBox, type TextAnchor, type TextBox } from './chartText';

interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

const IDENTITY: Transform = { scale: 1, dx: 0, dy: 0 };

/** `translate(x y)` and `scale(s)` (all the charts use), applied after `outer`. */
function compose(outer: Transform, attr: string | undefined): Transform {
  let t = outer;
  for (const [, op, args] of (attr ?? '').matchAll(/(translate|scale)\(([^)]*)\)/g)) {
    const [a = 0, b = 0] = args!.split(/[\s,]+/).map(Number);
    t =
      op === 'translate'
        ? { ...t, dx: t.dx + a * t.scale, dy: t.dy + b * t.scale }
        : { ...t, scale: t.scale * a };
  }
  return t;
}

const at = (t: Transform, x: number, y: number) => [t.dx + x * t.scale, t.dy + y * t.scale];

export interface Label {
  text: string;
  box: TextBox;
}

export type Segment = [number, number, number, number];

export interface Geometry {
  width: number;
  height: number;
  labels: Label[];
  /** Lines and polylines, each segment widened by half its stroke. */
  segments: { segment: Segment; halfWidth: number }[];
  /** Filled circles and rectangles other than the background. */
  shapes: TextBox[];
}

export function geometryOf(svg: string): Geometry {
  const root = parseSvg(svg);
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  const g: Geometry = { width, height, labels: [], segments: [], shapes: [] };
  const n = (node: SvgNode, key: string) => Number(node.attrs[key] ?? 0);
  const walk = (node: SvgNode, outer: Transform) => {
    const t = compose(outer, node.attrs.transform);
    const half = (Number(node.attrs['stroke-width'] ?? 1) * t.scale) / 2;
    if (node.tag === 'text') {
      const font = { size: n(node, 'font-size'), weight: n(node, 'font-weight') as FontWeight };
      const anchor = (node.attrs['text-anchor'] ?? 'start') as TextAnchor;
      const local = textBox(node.text, font, n(node, 'x'), n(node, 'y'), anchor);
      const [left, top] = at(t, local.left, local.top);
      const [right, bottom] = at(t, local.right, local.bottom);
      g.labels.push({
        text: node.text,
        box: { left: left!, top: top!, right: right!, bottom: bottom! },
      });
    } else if (node.tag === 'line') {
      const [x1, y1] = at(t, n(node, 'x1'), n(node, 'y1'));
      const [x2, y2] = at(t, n(node, 'x2'), n(node, 'y2'));
      g.segments.push({ segment: [x1!, y1!, x2!, y2!], halfWidth: half });
    } else if (node.tag === 'polyline') {
      const points = (node.attrs.points ?? '')
        .trim()
        .split(/\s+/)
        .map((p) => at(t, ...(p.split(',').map(Number) as [number, number])));
      for (let i = 1; i < points.length; i++) {
        const [x1, y1] = points[i - 1]!;
        const [x2, y2] = points[i]!;
        g.segments.push({ segment: [x1!, y1!, x2!, y2!], halfWidth: half });
      }
    } else if (node.tag === 'circle') {
      const [left, top] = at(t, n(node, 'cx') - n(node, 'r'), n(node, 'cy') - n(node, 'r'));
      const [right, bottom] = at(t, n(node, 'cx') + n(node, 'r'), n(node, 'cy') + n(node, 'r'));
      g.shapes.push({ left: left!, top: top!, right: right!, bottom: bottom! });
    } else if (node.tag === 'rect') {
      const [left, top] = at(t, n(node, 'x'), n(node, 'y'));
      const [right, bottom] = at(
        t,
        n(node, 'x') + n(node, 'width'),
        n(node, 'y') + n(node, 'height'),
      );
      const background = left! <= 0 && top! <= 0 && right! >= width && bottom! >= height;
      if (!background) g.shapes.push({ left: left!, top: top!, right: right!, bottom: bottom! });
    }
    for (const child of node.children) walk(child, t);
  };
  walk(root, IDENTITY);
  return g;
}

/** Boxes that share more than `slack` px each way. */
function boxesMeet(a: TextBox, b: TextBox, slack = 0.5): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack
  );
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentCrosses([x1, y1, x2, y2]: Segment, box: TextBox): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}

const grow = (b: TextBox, by: number): TextBox => ({
  left: b.left - by,
  top: b.top - by,
  right: b.right + by,
  bottom: b.bottom + by,
});

/** Every label that overlaps another label, a line or a shape, or leaves the drawing. */
export function overlaps(g: Geometry): string[] {
  const found: string[] = [];
  const name = (l: Label) => JSON.stringify(l.text);
  g.labels.forEach((label, i) => {
    const { box } = label;
    if (
      box.left < -0.5 ||
      box.top < -0.5 ||
      box.right > g.width + 0.5 ||
      box.bottom > g.height + 0.5
    ) {
      found.push(`${name(label)} leaves the ${g.width} x ${g.height} drawing`);
    }
    for (const other of g.labels.slice(i + 1)) {
      if (boxesMeet(box, other.box)) found.push(`${name(label)} overlaps label ${name(other)}`);
    }
    // Shrunk by half a pixel: a line that only grazes the ink box's edge is not through it.
    const inner = grow(box, -0.5);
    for (const { segment, halfWidth } of g.segments) {
      if (segmentCrosses(segment, grow(inner, halfWidth))) {
        found.push(`${name(label)} is crossed by the line ${segment.map(Math.round).join(',')}`);
      }
    }
    for (const shape of g.shapes) {
      if (boxesMeet(box, shape)) found.push(`${name(label)} covers a shape`);
    }
  });
  return found;
}
