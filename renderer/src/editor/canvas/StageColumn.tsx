import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { addTouchpoint } from '../actions';
import { useDocumentStore } from '../documentContext';
import type { StageCell, StageNode } from './nodeTypes';

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

function cellHint(cell: StageCell): string {
  if (cell.collapsed) return cell.count === 0 ? '' : `${cell.count} hidden`;
  if (cell.count > 0 || !cell.droppable) return '';
  return `Double-click to add ${cell.laneKind === 'touchpoints' ? 'a touchpoint' : 'a card'}`;
}

export const StageColumn = memo(function StageColumn({ data, selected }: NodeProps<StageNode>) {
  const store = useDocumentStore();
  const { stageId, name, color, description, index, cardCount, headerHeight, cells, dropLaneId } =
    data;
  return (
    <div
      className={`stage-column${selected ? ' selected' : ''}`}
      style={{ ['--stage-color' as string]: color }}
      data-testid="stage-column"
      data-stage-name={name}
    >
      <header
        className="stage-header stage-drag-handle"
        style={{ height: headerHeight }}
        title={description ? `Customer goal: ${description}` : 'Drag to reorder the stage'}
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
          <span className="cell-hint">{cellHint(cell)}</span>
        </div>
      ))}
    </div>
  );
});
