import { useStoreApi, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState, type PointerEvent } from 'react';
import { addTouchpoint } from '../actions';
import { useDocumentStore } from '../documentContext';
import type { StageCell, StageNode } from './nodeTypes';
import { useStageDrag } from './stageDrag';
import { holdsTouchpoints, LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import { useTabStopWhere } from '../keyboard/canvasFocus';
import { navKey } from '../keyboard/navModel';
import { StageMetrics } from '../survey/StageMetrics';

function StageName({ stageId, name }: { stageId: string; name: string }) {
  const store = useDocumentStore();
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <h2
        className="stage-name"
        title="Double-click to rename"
        onDoubleClick={() => setEditing(true)}
      >
        {name || 'Untitled stage'}
      </h2>
    );
  }
  return (
    <input
      className="stage-name-input nodrag"
      aria-label="Stage name"
      autoFocus
      defaultValue={name}
      maxLength={200}
      onBlur={(e) => {
        const next = e.currentTarget.value.trim();
        if (next && next !== name)
          store.getState().dispatch({ type: 'updateStage', id: stageId, patch: { name: next } });
        setEditing(false);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setEditing(false);
      }}
    />
  );
}

/** An empty cell a card can be added to is an item of the keyboard walk of its own. */
const emptyAndOpen = (cell: StageCell) => cell.count === 0 && cell.droppable && !cell.collapsed;

function cellHint(cell: StageCell): string {
  if (cell.collapsed) return cell.count === 0 ? '' : `${cell.count} hidden`;
  if (cell.count > 0 || !cell.droppable) return '';
  return `Double-click to add ${holdsTouchpoints(cell.laneKind) ? 'a touchpoint' : 'a card'}`;
}

/** Pointer handlers that drag a header sideways to reorder its stage. */
function useHeaderReorder(stageId: string) {
  const drag = useStageDrag();
  const rfStore = useStoreApi();
  const start = useRef<{ x: number; zoom: number; moved: boolean } | null>(null);
  const dx = (e: PointerEvent<HTMLElement>) =>
    start.current ? (e.clientX - start.current.x) / start.current.zoom : 0;
  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0 || (e.target as Element).closest('button, input')) return;
      start.current = { x: e.clientX, zoom: rfStore.getState().transform[2], moved: false };
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      if (!start.current) return;
      // A few pixels of slack, so a click that wobbles is still a click.
      if (!start.current.moved && Math.abs(e.clientX - start.current.x) < 4) return;
      // Captured only once it is a drag: a click or double-click still reaches the name.
      if (!start.current.moved) e.currentTarget.setPointerCapture(e.pointerId);
      start.current.moved = true;
      drag?.move(stageId, dx(e));
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      if (start.current?.moved) drag?.drop(stageId, dx(e));
      start.current = null;
    },
    onPointerCancel() {
      if (start.current?.moved) drag?.drop(stageId, 0);
      start.current = null;
    },
  };
}

export const StageColumn = memo(function StageColumn({ data, selected }: NodeProps<StageNode>) {
  const store = useDocumentStore();
  const reorder = useHeaderReorder(data.stageId);
  const { stageId, name, color, description, index, cardCount, headerHeight, cells, dropLaneId } =
    data;
  // The keyboard's items in this column (keyboard/navModel.ts): one of them may be the Tab stop.
  const stop = useTabStopWhere((key) => key.includes(stageId));
  const item = (key: string) => ({ 'data-kb': key, tabIndex: stop === key ? 0 : -1 });
  return (
    <div
      className={`stage-column${selected ? ' selected' : ''}`}
      style={{ ['--stage-color' as string]: color }}
      data-testid="stage-column"
      data-stage-name={name}
    >
      <header
        className="stage-header stage-drag-handle nopan"
        style={{ height: headerHeight }}
        title={description ? `Customer goal: ${description}` : 'Drag to reorder the stage'}
        role="group"
        aria-roledescription="stage"
        aria-label={`Stage ${index + 1}: ${name || 'Untitled stage'}, ${cardCount === 1 ? '1 card' : `${cardCount} cards`}`}
        {...item(navKey.stage(stageId))}
        {...reorder}
      >
        <div className="stage-header-top">
          <span className="stage-index">{index + 1}</span>
          <StageName stageId={stageId} name={name} />
        </div>
        {description && <p className="stage-goal">{description}</p>}
        <div className="stage-header-bottom">
          <span className="stage-count">
            {cardCount} {cardCount === 1 ? 'card' : 'cards'}
          </span>
          <button
            type="button"
            className="stage-add nodrag"
            {...item(navKey.add(stageId))}
            aria-label={`Add touchpoint to ${name}`}
            title={`Add a touchpoint to ${name}`}
            onClick={(e) => {
              e.stopPropagation();
              addTouchpoint(store, stageId);
            }}
          >
            + Add
          </button>
        </div>
      </header>
      {cells.map((cell) => (
        <div
          key={cell.laneId}
          {...(emptyAndOpen(cell) && {
            ...item(navKey.cell(stageId, cell.laneId)),
            role: 'button',
            'aria-label': `Empty ${cell.laneName} cell of ${name}: Enter or N adds a ${LANE_CARD_NOUNS[cell.laneKind].toLowerCase()}`,
          })}
          className={`stage-cell lane-${cell.laneKind}${dropLaneId === cell.laneId ? ' drop-target' : ''}`}
          style={{ top: cell.top, height: cell.height }}
          data-testid="stage-cell"
          data-lane-kind={cell.laneKind}
          data-lane-name={cell.laneName}
          onDoubleClick={(e) => {
            if (!cell.droppable) return;
            e.stopPropagation();
            addTouchpoint(store, stageId, cell.laneId);
          }}
        >
          {cell.metrics ? (
            <StageMetrics rows={cell.metrics} stageName={name} />
          ) : (
            <span className="cell-hint">{cellHint(cell)}</span>
          )}
        </div>
      ))}
    </div>
  );
});
