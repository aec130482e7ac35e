import { useEffect, useState, type RefObject } from 'react';

/** Height of one table line, in px; fixed, so a row's place is its index times this. */
export const ROW_HEIGHT = 34;
/** Rows drawn above and below the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 8;

export interface RowWindow {
  /** First and one-past-last row index drawn. */
  start: number;
  end: number;
  /** Rows that fit in the view, for Page Up / Page Down. */
  page: number;
}

/**
 * Which rows of a long table to draw: only those in view, so a journey of thousands of cards
 * keeps a few dozen rows in the DOM. `header` is the sticky header's height.
 */
export function useVirtualRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  header: number,
): RowWindow {
  const [view, setView] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    // The observer reports the first size at once, and every resize after.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [scroller]);

  const body = Math.max(0, view.height - header);
  const first = Math.floor(Math.max(0, view.top) / ROW_HEIGHT);
  const visible = Math.ceil(body / ROW_HEIGHT) + 1;
  return {
    start: Math.max(0, first - OVERSCAN),
    end: Math.min(count, first + visible + OVERSCAN),
    page: Math.max(1, Math.floor(body / ROW_HEIGHT) - 1),
  };
}

/** Scrolls the least needed to show row `index` below the sticky header. */
export function scrollRowIntoView(el: HTMLElement, index: number, header: number): void {
  const top = index * ROW_HEIGHT;
  const bottom = top + ROW_HEIGHT;
  const shown = el.clientHeight - header;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (bottom > el.scrollTop + shown) el.scrollTop = bottom - shown;
}
