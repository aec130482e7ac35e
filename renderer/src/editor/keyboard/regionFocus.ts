import type { CommandContext } from '../commands';
import { regionAfter, REGIONS, type Region } from './regions';

/**
 * The DOM side of F6: where each region is, whether it is shown, and what in it takes the
 * focus. The order and the skipping are regions.ts.
 */
interface RegionPlace {
  /** The region's element, folded or not: the focus in it counts as in the region. */
  root: string;
  /** Matches the root only while the region is shown (not folded away). */
  shown: string;
  /** Where the focus goes in it first, if anything there takes it; else its first control. */
  entry?: string;
}

const PLACES: Record<Region, RegionPlace> = {
  // The toolbar proper (Map | Table, Undo, …) before the journey's name field beside it.
  toolbar: { root: '.topbar', shown: '.topbar', entry: '.toolbar' },
  // The journey shown, else the sidebar's first control.
  sidebar: {
    root: '.journey-sidebar',
    shown: '.journey-sidebar:not(.collapsed)',
    entry: '[aria-current="page"]',
  },
  search: { root: '.filter-bar', shown: '.filter-bar' },
  // The map takes the focus through its keyboard walk; the table view's grid is one stop.
  journey: { root: '.canvas-column', shown: '.canvas-column', entry: '[role="grid"]' },
  // Its first field, past the fold button.
  inspector: {
    root: '.inspector',
    shown: '.inspector:not(.collapsed)',
    entry: '.inspector-fields',
  },
};

const FOCUSABLE =
  'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Drawn: not inside anything hidden (the editor behind the presentation, a closed details). */
const drawn = (el: Element) => el.getClientRects().length > 0;

function firstFocusable(within: Element): HTMLElement | null {
  const self = within.matches(FOCUSABLE) ? [within] : [];
  for (const el of [...self, ...within.querySelectorAll(FOCUSABLE)]) {
    if (!(el instanceof HTMLElement) || !drawn(el)) continue;
    if (el.matches(':disabled') || el.closest('[inert]')) continue;
    return el;
  }
  return null;
}

const shownRoot = (region: Region): Element | null => {
  const root = document.querySelector(PLACES[region].shown);
  return root && drawn(root) ? root : null;
};

/** The region the focus is in, if any (a dialog's field is in none). */
function regionOfFocus(): Region | null {
  const active = document.activeElement;
  if (!active || active === document.body) return null;
  // The search bar sits inside the map's column: the innermost region wins.
  const inside = REGIONS.filter((r) => active.closest(PLACES[r].root) !== null);
  return inside.find((r) => r === 'search') ?? inside[0] ?? null;
}

/** Puts the focus in `region`; false when nothing there can take it. */
function focusRegion(ctx: CommandContext, region: Region): boolean {
  const root = shownRoot(region);
  if (!root) return false;
  const onMap = region === 'journey' && root.querySelector('.react-flow') !== null;
  if (onMap) return ctx.focus?.getState().enter?.() ?? false;
  const { entry } = PLACES[region];
  const preferred = entry ? root.querySelector(entry) : null;
  const target = (preferred && firstFocusable(preferred)) ?? firstFocusable(root);
  // No scroll: a region's first control is in view, and scrolling would shift the panes.
  target?.focus({ preventScroll: true });
  return target !== null;
}

/**
 * F6 (Shift+F6: `back`): the focus to the next (previous) region that is shown and has
 * something to focus. Nothing moves while a dialog has the focus: it keeps the keyboard. Run
 * from the palette, the palette still has it: asked again once it has closed and given the
 * focus back to where it was.
 */
export function moveToRegion(ctx: CommandContext, back: boolean, again = true): void {
  if (document.activeElement?.closest('dialog, [role="dialog"], [role="menu"]')) {
    if (again) setTimeout(() => moveToRegion(ctx, back, false), 0);
    return;
  }
  const shown = new Set(REGIONS.filter((r) => shownRoot(r) !== null));
  let at = regionOfFocus();
  // A region with nothing to focus (an inspector whose fields are all disabled) is passed by.
  for (let tries = 0; tries < REGIONS.length; tries++) {
    const next = regionAfter(at, shown, back);
    if (next === null || focusRegion(ctx, next)) return;
    shown.delete(next);
    at = next;
  }
}
