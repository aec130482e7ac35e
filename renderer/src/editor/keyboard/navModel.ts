import type { CellBox, JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import { cardBoxOf, layoutIndexOf } from '../../../../shared/layout/layoutIndex';
import type { LayoutTheme } from '../../../../shared/layout/theme';

/**
 * The map as the keyboard walks it, built from the model's layout rather than from what React
 * Flow happens to have in the DOM (it culls what is off screen). A grid: a header row of stage
 * headers and their "+ Add" buttons, then one row per lane, with the lane's label in column -1
 * and one cell per stage holding its cards (or itself, when empty, to add a card there).
 *
 * Keys: `card:<id>`, `stage:<id>`, `add:<stageId>`, `cell:<stageId>:<laneId>`, `lane:<id>`,
 * `add-stage`. Each is also the `data-kb` attribute of the element that takes the focus.
 */
export type NavKey = string;

export type NavDirection = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'first' | 'last';

/** Where an item sits: row -1 is the header row, column -1 the lane labels. */
export interface NavPlace {
  col: number;
  row: number;
  /** Index in the cell (cards), or 0/1 for a stage header and its "+ Add". */
  sub: number;
}

export type NavTarget =
  | { kind: 'card'; id: string }
  | { kind: 'stage'; id: string }
  | { kind: 'add'; stageId: string }
  | { kind: 'cell'; stageId: string; laneId: string }
  | { kind: 'lane'; id: string }
  | { kind: 'add-stage' };

export interface NavItem {
  key: NavKey;
  target: NavTarget;
  place: NavPlace;
}

export interface NavModel {
  items: ReadonlyMap<NavKey, NavItem>;
  /** Tab order: reading order, every header, "+ Add", lane and card (empty cells are not stops). */
  order: readonly NavKey[];
  /** Items of each cell, `${col},${row}` -> keys top to bottom (an empty droppable cell: itself). */
  cells: ReadonlyMap<string, readonly NavKey[]>;
  header: readonly NavKey[];
  lanes: readonly NavKey[];
  columns: number;
}

export const navKey = {
  card: (id: string) => `card:${id}`,
  stage: (id: string) => `stage:${id}`,
  add: (stageId: string) => `add:${stageId}`,
  cell: (stageId: string, laneId: string) => `cell:${stageId}:${laneId}`,
  lane: (id: string) => `lane:${id}`,
  addStage: 'add-stage',
} as const;

export function keyOf(target: NavTarget): NavKey {
  switch (target.kind) {
    case 'card':
      return navKey.card(target.id);
    case 'stage':
      return navKey.stage(target.id);
    case 'add':
      return navKey.add(target.stageId);
    case 'cell':
      return navKey.cell(target.stageId, target.laneId);
    case 'lane':
      return navKey.lane(target.id);
    case 'add-stage':
      return navKey.addStage;
  }
}

/** The largest height the view pans to show: the top of a tall cell or lane is enough. */
const REVEAL_MAX = 220;
const ADD_STAGE_WIDTH = 132;
const cellId = (col: number, row: number) => `${col},${row}`;

/** What the view pans to for a lane's label, and for an empty cell: their top. */
const laneRect = (lane: Rect, theme: LayoutTheme): Rect => ({
  x: 0,
  y: lane.y,
  width: theme.laneLabelWidth,
  height: Math.min(lane.height, REVEAL_MAX),
});
const cellRect = (cell: CellBox): Rect => ({ ...cell, height: Math.min(cell.height, REVEAL_MAX) });

/** Where the view pans to for an item of `layout`'s model: read from the layout when it is needed. */
export function navRect(
  item: NavItem,
  layout: JourneyLayout,
  theme: LayoutTheme,
): Rect | undefined {
  const { target, place } = item;
  switch (target.kind) {
    case 'stage':
    case 'add': {
      const stage = layout.stages[place.col];
      return stage && { x: stage.x, y: stage.y, width: stage.width, height: theme.headerHeight };
    }
    case 'add-stage':
      return {
        x: layout.width + theme.stageGap,
        y: layout.top,
        width: ADD_STAGE_WIDTH,
        height: theme.headerHeight,
      };
    case 'lane': {
      const lane = layout.lanes[place.row];
      return lane && laneRect(lane, theme);
    }
    case 'cell': {
      const at = layout.cells[place.col * layout.lanes.length + place.row];
      const cell =
        at?.stageId === target.stageId && at.laneId === target.laneId
          ? at
          : layout.cells.find((c) => c.stageId === target.stageId && c.laneId === target.laneId);
      return cell && cellRect(cell);
    }
    case 'card':
      return cardBoxOf(layout, target.id);
  }
}

/**
 * The keyboard's model of a layout: its items, their places and the walk between them. It
 * holds no positions (navRect reads them when the view pans), so a layout whose boxes only
 * moved (sameArrangement: a card's title wrapped) has the very same model.
 */
export function buildNavModel(layout: JourneyLayout): NavModel {
  const items = new Map<NavKey, NavItem>();
  const add = (target: NavTarget, place: NavPlace): NavKey => {
    const key = keyOf(target);
    items.set(key, { key, target, place });
    return key;
  };
  const header: NavKey[] = [];
  layout.stages.forEach((stage, col) => {
    header.push(add({ kind: 'stage', id: stage.id }, { col, row: -1, sub: 0 }));
    header.push(add({ kind: 'add', stageId: stage.id }, { col, row: -1, sub: 1 }));
  });
  header.push(add({ kind: 'add-stage' }, { col: layout.stages.length, row: -1, sub: 0 }));
  const { cardAt } = layoutIndexOf(layout);
  const cellBoxes = new Map(layout.cells.map((c) => [`${c.stageId}|${c.laneId}`, c]));
  const lanes: NavKey[] = [];
  const cells = new Map<string, NavKey[]>();
  layout.lanes.forEach((lane, row) => {
    lanes.push(add({ kind: 'lane', id: lane.id }, { col: -1, row, sub: 0 }));
    layout.stages.forEach((stage, col) => {
      const cell = cellBoxes.get(`${stage.id}|${lane.id}`);
      if (!cell) return;
      const shown = cell.cardIds.filter((id) => cardAt.has(id));
      const keys = shown.map((id, sub) => add({ kind: 'card', id }, { col, row, sub }));
      if (keys.length === 0 && cell.droppable) {
        const target = { kind: 'cell', stageId: stage.id, laneId: lane.id } as const;
        keys.push(add(target, { col, row, sub: 0 }));
      }
      if (keys.length > 0) cells.set(cellId(col, row), keys);
    });
  });
  const order = [...items.values()]
    .filter((item) => item.target.kind !== 'cell')
    .sort((a, b) => compare(a.place, b.place))
    .map((item) => item.key);
  return { items, order, cells, header, lanes, columns: layout.stages.length };
}

/** Reading order: rows top to bottom, then columns left to right, then within the cell. */
function compare(a: NavPlace, b: NavPlace): number {
  return a.row - b.row || a.col - b.col || a.sub - b.sub;
}

const cellItems = (model: NavModel, col: number, row: number) =>
  model.cells.get(cellId(col, row)) ?? [];

/** The first cell with items from `row` on, stepping by `step`, in column `col`. */
function scanRows(model: NavModel, col: number, row: number, step: 1 | -1) {
  for (let r = row; r >= 0 && r < model.lanes.length; r += step) {
    const found = cellItems(model, col, r);
    if (found.length > 0) return found;
  }
  return [];
}

/** The item at the same height in the nearest column with items, stepping by `step`. */
function scanColumns(model: NavModel, place: NavPlace, step: 1 | -1): NavKey | undefined {
  for (let c = place.col + step; c >= 0 && c < model.columns; c += step) {
    const found = cellItems(model, c, place.row);
    if (found.length > 0) return found[Math.min(place.sub, found.length - 1)];
  }
  return undefined;
}

function moveInHeader(model: NavModel, item: NavItem, direction: NavDirection) {
  const at = model.header.indexOf(item.key);
  switch (direction) {
    case 'left':
      return model.header[at - 1];
    case 'right':
      return model.header[at + 1];
    case 'home':
      return model.header[0];
    case 'end':
      return model.header[model.header.length - 1];
    case 'down':
      return scanRows(model, item.place.col, 0, 1)[0];
    default:
      return undefined;
  }
}

function moveInLanes(model: NavModel, item: NavItem, direction: NavDirection) {
  const { row } = item.place;
  switch (direction) {
    case 'up':
      return model.lanes[row - 1];
    case 'down':
      return model.lanes[row + 1];
    case 'right':
      return scanColumns(model, item.place, 1);
    case 'end':
      return scanColumns(model, { ...item.place, col: model.columns }, -1);
    default:
      return undefined;
  }
}

function moveInCells(model: NavModel, item: NavItem, direction: NavDirection) {
  const { col, row, sub } = item.place;
  const here = cellItems(model, col, row);
  switch (direction) {
    case 'up': {
      if (sub > 0) return here[sub - 1];
      const above = scanRows(model, col, row - 1, -1);
      return above[above.length - 1] ?? model.header[col * 2];
    }
    case 'down':
      return here[sub + 1] ?? scanRows(model, col, row + 1, 1)[0];
    case 'left':
      return scanColumns(model, item.place, -1) ?? model.lanes[row];
    case 'right':
      return scanColumns(model, item.place, 1);
    case 'home':
      return scanColumns(model, { ...item.place, col: -1 }, 1);
    case 'end':
      return scanColumns(model, { ...item.place, col: model.columns }, -1);
    default:
      return undefined;
  }
}

const isCard = (model: NavModel) => (key: NavKey) => model.items.get(key)?.target.kind === 'card';

/** The key an arrow (or Home/End; first/last are Ctrl+Home/End) moves to, if any. */
export function moveFrom(
  model: NavModel,
  key: NavKey,
  direction: NavDirection,
): NavKey | undefined {
  if (direction === 'first') return model.order.find(isCard(model)) ?? model.order[0];
  if (direction === 'last') return model.order.findLast(isCard(model)) ?? model.order.at(-1);
  const item = model.items.get(key);
  if (!item) return model.order[0];
  if (item.place.row === -1) return moveInHeader(model, item, direction);
  if (item.place.col === -1) return moveInLanes(model, item, direction);
  return moveInCells(model, item, direction);
}

/** The next (or previous) Tab stop after `key`; undefined past either end. */
export function tabFrom(model: NavModel, key: NavKey, back: boolean): NavKey | undefined {
  const item = model.items.get(key);
  if (!item) return undefined;
  const at = model.order.indexOf(key);
  if (at >= 0) return model.order[at + (back ? -1 : 1)];
  // An empty cell is not a stop: go on from where it sits.
  const after = (k: NavKey) => compare(model.items.get(k)!.place, item.place) > 0;
  return back ? model.order.findLast((k) => !after(k)) : model.order.find(after);
}

/**
 * What takes the place of an item that is gone (a card deleted, a stage removed): the nearest
 * item of its cell, else its stage's header, else the first stop.
 */
export function nearestTo(model: NavModel, place: NavPlace): NavKey | undefined {
  if (place.row >= 0 && place.col >= 0) {
    const here = cellItems(model, place.col, place.row);
    if (here.length > 0) return here[Math.min(place.sub, here.length - 1)];
  }
  if (place.row >= 0 && place.col === -1)
    return model.lanes[Math.min(place.row, model.lanes.length - 1)];
  return (
    model.header[Math.min(Math.max(place.col, 0) * 2, model.header.length - 1)] ?? model.order[0]
  );
}

/** Where the Tab key enters the map when nothing there had the focus yet. */
export const firstStop = (model: NavModel): NavKey | undefined =>
  model.order.find(isCard(model)) ?? model.order[0];

/** Where F6 lands on the map: the selected card while the map has it, else the first card. */
export function mapEntry(model: NavModel, selectedCardId: string | null): NavKey | undefined {
  const selected = selectedCardId === null ? undefined : navKey.card(selectedCardId);
  return selected && model.items.has(selected) ? selected : firstStop(model);
}

/** The item a key names (the inverse of `keyOf`), or null for a key of no known form. */
export function targetOfKey(key: NavKey): NavTarget | null {
  if (key === navKey.addStage) return { kind: 'add-stage' };
  const [kind, a, b] = key.split(':');
  if (!a) return null;
  if (kind === 'card' || kind === 'stage' || kind === 'lane') return { kind, id: a };
  if (kind === 'add') return { kind, stageId: a };
  if (kind === 'cell' && b) return { kind, stageId: a, laneId: b };
  return null;
}
