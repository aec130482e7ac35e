/**
 * Pan and zoom by the SVG's viewBox: the map stays vector at every zoom, and nothing but one
 * attribute changes per frame. Wheel zooms around the pointer, drag pans, keys do both.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;

export class ViewBox {
  private box: Box;
  private readonly full: Box;
  private animation = 0;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly host: HTMLElement,
  ) {
    const width = Number(svg.getAttribute('width')) || 1000;
    const height = Number(svg.getAttribute('height')) || 800;
    this.full = { x: 0, y: 0, w: width, h: height };
    // The element fills the window; the viewBox alone decides what is seen.
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    this.box = { ...this.full };
    this.apply();
  }

  get current(): Box {
    return { ...this.box };
  }

  /** Screen pixels per map unit now. */
  scale(): number {
    const { clientWidth, clientHeight } = this.host;
    return Math.min(clientWidth / this.box.w, clientHeight / this.box.h);
  }

  /** The map unit under a point of the window. */
  private toMap(clientX: number, clientY: number): { x: number; y: number } {
    const rect = this.host.getBoundingClientRect();
    const s = this.scale();
    // "meet" centres the box: the spare room is split on both sides.
    const padX = (rect.width - this.box.w * s) / 2;
    const padY = (rect.height - this.box.h * s) / 2;
    return {
      x: this.box.x + (clientX - rect.left - padX) / s,
      y: this.box.y + (clientY - rect.top - padY) / s,
    };
  }

  zoomAt(factor: number, clientX?: number, clientY?: number): void {
    const rect = this.host.getBoundingClientRect();
    const px = clientX ?? rect.left + rect.width / 2;
    const py = clientY ?? rect.top + rect.height / 2;
    const fitScale = Math.min(rect.width / this.full.w, rect.height / this.full.h);
    const next = Math.min(Math.max(this.scale() * factor, fitScale * MIN_SCALE), MAX_SCALE);
    const real = next / this.scale();
    const at = this.toMap(px, py);
    this.stop();
    this.box = {
      x: at.x - (at.x - this.box.x) / real,
      y: at.y - (at.y - this.box.y) / real,
      w: this.box.w / real,
      h: this.box.h / real,
    };
    this.apply();
  }

  /** Moves the view by a distance in screen pixels. */
  panBy(dx: number, dy: number): void {
    const s = this.scale();
    this.stop();
    this.box = { ...this.box, x: this.box.x - dx / s, y: this.box.y - dy / s };
    this.apply();
  }

  fit(animated = false): void {
    this.show(this.full, animated);
  }

  /** Shows `target` whole, with a margin, gliding there when `animated`. */
  show(target: Box, animated = true, margin = 0): void {
    const goal = {
      x: target.x - margin,
      y: target.y - margin,
      w: target.w + 2 * margin,
      h: target.h + 2 * margin,
    };
    this.stop();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!animated || reduced) {
      this.box = goal;
      this.apply();
      return;
    }
    const from = { ...this.box };
    const started = performance.now();
    const step = (now: number) => {
      // A frame time can be earlier than the start read just before it: clamp, never extrapolate.
      const t = Math.min(1, Math.max(0, (now - started) / 350));
      const ease = 1 - (1 - t) ** 3;
      this.box = {
        x: from.x + (goal.x - from.x) * ease,
        y: from.y + (goal.y - from.y) * ease,
        w: from.w + (goal.w - from.w) * ease,
        h: from.h + (goal.h - from.h) * ease,
      };
      this.apply();
      this.animation = t < 1 ? requestAnimationFrame(step) : 0;
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Pans, at the same zoom, so that `target` is in view; nothing moves when it already is. */
  reveal(target: Box): void {
    const b = this.box;
    const inside =
      target.x >= b.x &&
      target.y >= b.y &&
      target.x + target.w <= b.x + b.w &&
      target.y + target.h <= b.y + b.h;
    if (inside) return;
    const x = target.x + target.w / 2 - b.w / 2;
    const y = target.y + target.h / 2 - b.h / 2;
    this.show({ x, y, w: b.w, h: b.h });
  }

  private stop(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
  }

  private apply(): void {
    const { x, y, w, h } = this.box;
    this.svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  }
}

/** Wheel, drag and key bindings on the map's host element. */
export function bindPanZoom(view: ViewBox, host: HTMLElement, onClick: (e: MouseEvent) => void) {
  host.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      // Pinch gestures arrive as wheel events with Ctrl; a plain wheel zooms too, as map apps do.
      view.zoomAt(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.002)), e.clientX, e.clientY);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; moved: number } | null = null;
  host.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, moved: 0 };
    host.setPointerCapture(e.pointerId);
  });
  host.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    drag = { x: e.clientX, y: e.clientY, moved: drag.moved + Math.abs(dx) + Math.abs(dy) };
    if (drag.moved > 3) {
      host.classList.add('dragging');
      view.panBy(dx, dy);
    }
  });
  host.addEventListener('pointerup', (e) => {
    const wasClick = drag !== null && drag.moved <= 3;
    drag = null;
    host.classList.remove('dragging');
    if (wasClick) onClick(e);
  });
  host.addEventListener('keydown', (e) => {
    const step = 60;
    const keys: Record<string, () => void> = {
      '+': () => view.zoomAt(1.25),
      '=': () => view.zoomAt(1.25),
      '-': () => view.zoomAt(0.8),
      '0': () => view.fit(true),
      ArrowLeft: () => view.panBy(step, 0),
      ArrowRight: () => view.panBy(-step, 0),
      ArrowUp: () => view.panBy(0, step),
      ArrowDown: () => view.panBy(0, -step),
    };
    const run = keys[e.key];
    if (run && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      run();
    }
  });
}
