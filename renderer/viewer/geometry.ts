import type { Box } from './viewBox';

/** An element's box in the root <svg>'s own units (those of its viewBox), whatever its parents' transforms. */
export function boxInRoot(svg: SVGSVGElement, el: SVGGraphicsElement): Box {
  const b = el.getBBox();
  const root = svg.getScreenCTM();
  const own = el.getScreenCTM();
  if (!root || !own) return { x: b.x, y: b.y, w: b.width, h: b.height };
  const m = root.inverse().multiply(own);
  const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
  const a = corner(b.x, b.y);
  const c = corner(b.x + b.width, b.y + b.height);
  return {
    x: Math.min(a.x, c.x),
    y: Math.min(a.y, c.y),
    w: Math.abs(c.x - a.x),
    h: Math.abs(c.y - a.y),
  };
}
