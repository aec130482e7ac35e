/**
 * Routes every connection of a journey around its cards with libavoid, in the gutters between
 * cells. Connections are split into groups of those lying near each other; each group has a
 * libavoid router of its own, holding only the card stacks around it, and kept from one layout
 * to the next: after an edit only the groups whose surroundings changed are routed again.
 */
import type { Point } from '../curve';
import type { CardBox } from '../layoutJourney';
import type { AvoidModule } from './avoidApi';
import {
  GroupRouter,
  groupStructure,
  type GroupConnection,
  type GroupObstacle,
} from './groupRouter';
import { inflate, overlaps, RectIndex, segmentEnters, union, type Box } from './rects';
import { pinsOf, stacksOf, type Stack } from './stacks';

export interface RouteRequest {
  cards: readonly CardBox[];
  connections: readonly { id: string; fromId: string; toId: string }[];
}

export interface ConnectionRouter {
  /** Each connection's route (corner points, source edge to target edge) by id; connections
   * whose cards are not both laid out are left out. */
  route(request: RouteRequest): Map<string, Point[]>;
  /** How much the last call had to route: all groups, and those routed again. */
  readonly lastRun: { groups: number; rerouted: number };
  dispose(): void;
}

/** How far around two cards a connection may go before it meets another group's. */
const NEAR = 16;
/** Stacks this close to a group's area are obstacles of the group too. */
const REACH = 24;
/** The most connections routed together (a long chain of arrows is routed a piece at a time). */
const GROUP_CAP = 6;
/** Rounds of adding a stack a route crossed and routing again. */
const MAX_ROUNDS = 4;

interface Placed extends GroupConnection {
  from: CardBox;
  to: CardBox;
  area: Box;
}

/**
 * Connections split into groups routed together (so libavoid spaces their parallel runs
 * apart): those sharing a card first, then those whose areas overlap, nearest first, while the
 * group stays small. libavoid's time grows much faster than the group, so a capped group keeps
 * a big map fast and a re-route after an edit local.
 */
function groupsOf(connections: Placed[]): Placed[][] {
  const parent = connections.map((_, i) => i);
  const size = connections.map(() => 1);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number, cap: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || size[ra]! + size[rb]! > cap) return;
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  };
  const byCard = new Map<string, number>();
  connections.forEach((c, i) => {
    for (const card of [c.fromId, c.toId]) {
      const other = byCard.get(card);
      if (other === undefined) byCard.set(card, i);
      else join(other, i, GROUP_CAP);
    }
  });
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const index = new RectIndex(connections.map((c, i) => ({ ...c.area, i })));
  const pairs: { a: number; b: number; distance: number }[] = [];
  connections.forEach((c, a) => {
    for (const other of index.near(c.area)) {
      if (other.i <= a || !overlaps(other, c.area)) continue;
      const p = centre(c.area);
      const q = centre(other);
      pairs.push({ a, b: other.i, distance: Math.hypot(p.x - q.x, p.y - q.y) });
    }
  });
  pairs.sort((p, q) => p.distance - q.distance);
  for (const { a, b } of pairs) join(a, b, GROUP_CAP);
  const groups = new Map<number, Placed[]>();
  connections.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

/** The stacks a group must avoid: those in or near its area, and near those in turn. */
function obstacleKeys(group: Placed[], lookup: StackLookup, extra: Set<string>): Set<string> {
  let area = group.map((c) => c.area).reduce(union);
  const keys = new Set<string>(extra);
  for (const c of group) keys.add(c.fromStack).add(c.toStack);
  for (let pass = 0; pass < 2; pass++) {
    const reach = inflate(area, REACH);
    const near = lookup.near(reach);
    for (const s of near) if (overlaps(s, reach)) keys.add(s.key);
    for (const s of near) if (keys.has(s.key)) area = union(area, s);
  }
  return keys;
}

/** The stacks near a rectangle: all of them when there are few, else through a grid index. */
interface StackLookup {
  all: readonly Stack[];
  near(r: Box): readonly Stack[];
}

function stackLookup(stacks: readonly Stack[]): StackLookup {
  if (stacks.length <= 64) return { all: stacks, near: () => stacks };
  const index = new RectIndex(stacks, 1024);
  return { all: stacks, near: (r) => index.near(r) };
}

/** The first stack a route passes through, if any (its own cards' edges do not count). */
function crossedStack(points: readonly Point[], stacks: StackLookup): Stack | undefined {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const span = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(a.x - b.x),
      height: Math.abs(a.y - b.y),
    };
    for (const s of stacks.near(span)) if (segmentEnters(a, b, inflate(s, -0.5))) return s;
  }
  return undefined;
}

export function createConnectionRouter(avoid: AvoidModule): ConnectionRouter {
  const held = new Map<string, GroupRouter>();
  /** Stacks a group's routes once crossed: kept as obstacles of that group from then on. */
  const extras = new Map<string, Set<string>>();
  const lastRun = { groups: 0, rerouted: 0 };

  function routeGroup(
    key: string,
    group: Placed[],
    stacks: Map<string, Stack>,
    index: StackLookup,
  ) {
    const extra = extras.get(key) ?? new Set<string>();
    for (let round = 0; ; round++) {
      const chosen = [...obstacleKeys(group, index, extra)].sort().map((k) => stacks.get(k)!);
      const origin = {
        x: Math.min(...chosen.map((s) => s.x)),
        y: Math.min(...chosen.map((s) => s.y)),
      };
      const pinned = new Set(group.flatMap((c) => [c.fromId, c.toId]));
      const obstacles: GroupObstacle[] = chosen.map((s) => ({
        key: s.key,
        rect: { x: s.x - origin.x, y: s.y - origin.y, width: s.width, height: s.height },
        pins: s.cards.filter((card) => pinned.has(card.id)).flatMap((card) => pinsOf(s, card)),
      }));
      const structure = groupStructure(obstacles, group);
      let router = held.get(key);
      if (router?.structure === structure) router.move(obstacles);
      else {
        router?.dispose();
        router = new GroupRouter(avoid, structure, obstacles, group);
        held.set(key, router);
      }
      const relative = router.routes();
      const routes = new Map<string, Point[]>();
      let crossed: Stack | undefined;
      for (const [id, points] of relative) {
        const absolute = points.map((p) => ({ x: p.x + origin.x, y: p.y + origin.y }));
        routes.set(id, absolute);
        crossed ??= crossedStack(absolute, index);
      }
      if (!crossed || extra.has(crossed.key) || round >= MAX_ROUNDS) return routes;
      extra.add(crossed.key);
      extras.set(key, extra);
    }
  }

  return {
    lastRun,
    route({ cards, connections }) {
      const stacks = stacksOf(cards);
      const stackOf = new Map<string, Stack>();
      for (const s of stacks.values()) for (const c of s.cards) stackOf.set(c.id, s);
      const placed: Placed[] = [];
      for (const c of connections) {
        const fromStack = stackOf.get(c.fromId);
        const toStack = stackOf.get(c.toId);
        if (!fromStack || !toStack) continue;
        const from = fromStack.cards.find((card) => card.id === c.fromId)!;
        const to = toStack.cards.find((card) => card.id === c.toId)!;
        const area = inflate(union(from, to), NEAR);
        placed.push({ ...c, from, to, fromStack: fromStack.key, toStack: toStack.key, area });
      }
      const index = stackLookup([...stacks.values()]);
      const result = new Map<string, Point[]>();
      const seen = new Set<string>();
      lastRun.groups = 0;
      lastRun.rerouted = 0;
      for (const group of groupsOf(placed)) {
        group.sort((a, b) => (a.id < b.id ? -1 : 1));
        const key = group.map((c) => c.id).join(',');
        seen.add(key);
        const before = held.get(key);
        const count = before?.transactions ?? 0;
        const routes = routeGroup(key, group, stacks, index);
        lastRun.groups++;
        if (before !== held.get(key) || held.get(key)!.transactions !== count) lastRun.rerouted++;
        for (const [id, points] of routes) result.set(id, points);
      }
      for (const [key, router] of held) {
        if (seen.has(key)) continue;
        router.dispose();
        held.delete(key);
        extras.delete(key);
      }
      return result;
    },
    dispose() {
      for (const router of held.values()) router.dispose();
      held.clear();
    },
  };
}
