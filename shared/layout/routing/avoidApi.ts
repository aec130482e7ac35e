/**
 * The part of libavoid (Adaptagrams' connector router, compiled to WebAssembly by libavoid-js)
 * that the routing uses. Typed here because the package's own typings do not resolve under
 * this project's module settings; shared/ never loads the WebAssembly itself: Node and the
 * browser each load it their own way (electron/backend/routing, renderer/src/routing) and hand
 * the loaded module in.
 */
export interface AvoidPoint {
  x: number;
  y: number;
}

export interface AvoidPolyLine {
  size(): number;
  get_ps(index: number): AvoidPoint;
}

export interface AvoidRectangle {
  readonly __rectangle?: never;
}

export interface AvoidShapeRef {
  readonly __shape?: never;
}

export interface AvoidConnEnd {
  readonly __connEnd?: never;
}

export interface AvoidConnRef {
  displayRoute(): AvoidPolyLine;
  setSourceEndpoint(end: AvoidConnEnd): void;
  setDestEndpoint(end: AvoidConnEnd): void;
}

export interface AvoidPin {
  setExclusive(exclusive: boolean): void;
}

export interface AvoidRouter {
  processTransaction(): boolean;
  moveShape(shape: AvoidShapeRef, polygon: AvoidRectangle): void;
  deleteShape(shape: AvoidShapeRef): void;
  deleteConnector(conn: AvoidConnRef): void;
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
}

/** The loaded module: constructors and the enum values the routing sets. */
export interface AvoidModule {
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidPoint;
  Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => AvoidRectangle;
  ShapeRef: new (router: AvoidRouter, polygon: AvoidRectangle) => AvoidShapeRef;
  ShapeConnectionPin: new (
    shape: AvoidShapeRef,
    classId: number,
    xOffset: number,
    yOffset: number,
    proportional: boolean,
    insideOffset: number,
    directions: number,
  ) => AvoidPin;
  ConnEnd: new (shape: AvoidShapeRef, classId: number) => AvoidConnEnd;
  ConnRef: new (router: AvoidRouter, source: AvoidConnEnd, target: AvoidConnEnd) => AvoidConnRef;
  destroy(object: object): void;
  OrthogonalRouting: number;
  ConnDirUp: number;
  ConnDirDown: number;
  ConnDirLeft: number;
  ConnDirRight: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  segmentPenalty: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
}
