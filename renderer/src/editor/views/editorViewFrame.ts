import type { ReactFlowInstance } from '@xyflow/react';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { frameOfRect, rectOfFrame, type ViewFrame } from '../../../../shared/model/savedViews';
import type { ProjectDoc } from '../../../../shared/model/types';

/** The editor's map size: the canvas draws only what is near the view, the layout knows all. */
const mapSize = (doc: ProjectDoc, journeyId: string) => {
  const { width, height } = layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
  return { width, height };
};

/** The part of the map the editor's canvas shows now, as a saved view keeps it. */
export function editorViewFrame(
  flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>,
  doc: ProjectDoc,
  journeyId: string,
): ViewFrame | null {
  const pane = document.querySelector('[data-testid="journey-canvas"]');
  if (!pane) return null;
  const box = pane.getBoundingClientRect();
  const from = flow.screenToFlowPosition({ x: box.left, y: box.top }, { snapToGrid: false });
  const to = flow.screenToFlowPosition({ x: box.right, y: box.bottom }, { snapToGrid: false });
  const rect = { x: from.x, y: from.y, width: to.x - from.x, height: to.y - from.y };
  return frameOfRect(rect, mapSize(doc, journeyId));
}

/** Frames that part of the map on the editor's canvas. */
export function showEditorFrame(
  flow: Pick<ReactFlowInstance, 'fitBounds'>,
  doc: ProjectDoc,
  journeyId: string,
  frame: ViewFrame,
): void {
  void flow.fitBounds(rectOfFrame(frame, mapSize(doc, journeyId)), { padding: 0, duration: 200 });
}
