/**
 * One libavoid router for a group of connections that lie near each other, kept between
 * layouts: when its obstacles only move or grow, libavoid moves the shapes and re-routes
 * (incrementally) rather than starting again. Coordinates are relative to the group's origin,
 * so a group that moves as a whole (a lane above it grew) has nothing to re-route at all.
 */
import type { Point } from '../curve';
import type { AvoidConnRef, AvoidModule, AvoidRouter, AvoidShapeRef } from './avoidApi';
import { inflate, segmentEnters, type Box } from './rects';
import type { PinSide, PinSpec } from './stacks';

export interface GroupObstacle {
  key: string;
  rect: Box;
  pins: PinSpec[];
}

export interface GroupConnection {
  id: string;
  fromId: string;
  toId: string;
  fromStack: string;
  toStack: string;
}

/** Room kept between an arrow and a card, and between parallel arrows. */
const SHAPE_BUFFER = 6;
const NUDGE_DISTANCE = 5;

const round = (v: number) => Math.round(v * 100) / 100;

const sameBox = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** What must be equal for an existing router to be reused: obstacles, pins and connections. */
export function groupStructure(
  obstacles: readonly GroupObstacle[],
  connections: readonly GroupConnection[],
): string {
  const pins = (o: GroupObstacle) =>
    o.pins.map((p) => `${p.cardId}:${p.side}:${round(p.dx)}:${round(p.dy)}`).join(',');
  return [
    ...obstacles.map((o) => `${o.key}[${pins(o)}]`),
    ...connections.map((c) => `${c.id}>${c.fromStack}:${c.fromId}>${c.toStack}:${c.toId}`),
  ].join('|');
}

export class GroupRouter {
  private readonly router: AvoidRouter;
  private readonly shapes = new Map<string, { shape: AvoidShapeRef; rect: Box }>();
  private readonly connectors = new Map<string, AvoidConnRef>();
  private cached: Map<string, Point[]> | undefined;
  /** How many times libavoid has routed this group. */
  transactions = 0;

  constructor(
    private readonly avoid: AvoidModule,
    readonly structure: string,
    obstacles: readonly GroupObstacle[],
    connections: readonly GroupConnection[],
  ) {
    const a = avoid;
    this.router = new a.Router(a.OrthogonalRouting);
    this.router.setRoutingParameter(a.shapeBufferDistance, SHAPE_BUFFER);
    this.router.setRoutingParameter(a.idealNudgingDistance, NUDGE_DISTANCE);
    this.router.setRoutingOption(a.nudgeSharedPathsWithCommonEndPoint, true);
    const classes = new Map<string, number>();
    const classOf = (cardId: string) => {
      let id = classes.get(cardId);
      if (id === undefined) classes.set(cardId, (id = classes.size + 1));
      return id;
    };
    const directions: Record<PinSide, number> = {
      left: a.ConnDirLeft,
      right: a.ConnDirRight,
      top: a.ConnDirUp,
      bottom: a.ConnDirDown,
    };
    for (const o of obstacles) {
      const shape = this.withRectangle(o.rect, (r) => new a.ShapeRef(this.router, r));
      for (const p of o.pins) {
        // Absolute offsets from the shape's corner: they stay right when a stack grows below.
        const pin = new a.ShapeConnectionPin(
          shape,
          classOf(p.cardId),
          p.dx,
          p.dy,
          false,
          0,
          directions[p.side],
        );
        pin.setExclusive(false);
      }
      this.shapes.set(o.key, { shape, rect: o.rect });
    }
    for (const c of connections) {
      const from = this.shapes.get(c.fromStack)?.shape;
      const to = this.shapes.get(c.toStack)?.shape;
      if (!from || !to) continue;
      const source = new a.ConnEnd(from, classOf(c.fromId));
      const target = new a.ConnEnd(to, classOf(c.toId));
      this.connectors.set(c.id, new a.ConnRef(this.router, source, target));
      a.destroy(source);
      a.destroy(target);
    }
  }

  private withRectangle<T>(r: Box, use: (rect: InstanceType<AvoidModule['Rectangle']>) => T): T {
    const a = this.avoid;
    const topLeft = new a.Point(r.x, r.y);
    const bottomRight = new a.Point(r.x + r.width, r.y + r.height);
    const rect = new a.Rectangle(topLeft, bottomRight);
    try {
      return use(rect);
    } finally {
      a.destroy(rect);
      a.destroy(topLeft);
      a.destroy(bottomRight);
    }
  }

  /**
   * Takes the obstacles' new rectangles. libavoid moves the shapes and routes again only when a
   * moved obstacle now lies across a route (plus the room kept around cards); otherwise the
   * routes still hold, and the shapes are moved the next time something does need routing.
   */
  move(obstacles: readonly GroupObstacle[]): void {
    const moved = obstacles.filter((o) => {
      const r = this.shapes.get(o.key)?.rect;
      return r && !sameBox(r, o.rect);
    });
    if (moved.length === 0) return;
    const blocked = (o: GroupObstacle) =>
      [...(this.cached?.values() ?? [])].some((points) =>
        points
          .slice(1)
          .some((p, i) => segmentEnters(points[i]!, p, inflate(o.rect, SHAPE_BUFFER - 1))),
      );
    // A moved card stack with arrows on it moves their ends: that always needs routing. Moves
    // skipped stay in the difference between the held and the given rectangles.
    if (this.cached && !moved.some((o) => o.pins.length > 0 || blocked(o))) return;
    for (const o of moved) {
      const held = this.shapes.get(o.key)!;
      this.withRectangle(o.rect, (rect) => this.router.moveShape(held.shape, rect));
      held.rect = o.rect;
    }
    this.cached = undefined;
  }

  /** Each connection's route as corner points, routing only if something changed. */
  routes(): Map<string, Point[]> {
    if (this.cached) return this.cached;
    this.router.processTransaction();
    this.transactions++;
    const routes = new Map<string, Point[]>();
    for (const [id, connector] of this.connectors) {
      const line = connector.displayRoute();
      const points: Point[] = [];
      for (let i = 0; i < line.size(); i++) {
        const p = line.get_ps(i);
        points.push({ x: round(p.x), y: round(p.y) });
      }
      routes.set(id, points);
    }
    this.cached = routes;
    return routes;
  }

  /** Frees the router with its shapes, pins and connectors. */
  dispose(): void {
    this.avoid.destroy(this.router);
    this.shapes.clear();
    this.connectors.clear();
  }
}
