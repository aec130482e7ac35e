import { useRef, useState, type PointerEvent } from 'react';
import type { BacklogRow } from '../../../../shared/model/backlog';
import { matrixDots, MATRIX_SPLIT, QUADRANTS, scoreAt } from '../../../../shared/model/matrix';
import { useDocumentStore } from '../documentContext';
import { patchCards } from '../inspector/edits';

const SIZE = 440;
const PAD = 44;
const CELL = SIZE / 5;

/** The centre of a dot: its cell (effort across, value up), spread when several share it. */
function centre(value: number, effort: number, slot: number, of: number) {
  const spread = of > 1 ? ((slot - (of - 1) / 2) * CELL * 0.6) / of : 0;
  return { x: PAD + (effort - 0.5) * CELL + spread, y: PAD + (5 - value + 0.5) * CELL };
}

/**
 * Value against effort, one dot per scored opportunity, in named quadrants. Dragging a dot
 * to another cell re-scores it (one edit, undoable); the dot's name says its scores, and the
 * table beside it edits the same numbers for those who do not drag.
 */
export function PriorityMatrix({
  rows,
  readOnly,
}: {
  rows: readonly BacklogRow[];
  readOnly: boolean;
}) {
  const store = useDocumentStore();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const { dots, unscored } = matrixDots(rows);
  const at = (e: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    const scale = (SIZE + 2 * PAD) / box.width;
    return { x: (e.clientX - box.left) * scale, y: (e.clientY - box.top) * scale };
  };
  const drop = (e: PointerEvent, id: string) => {
    const { x, y } = at(e);
    setDrag(null);
    const buildEffort = scoreAt(x - PAD, SIZE);
    const value = 6 - scoreAt(y - PAD, SIZE);
    patchCards(store, [id], { value, buildEffort });
  };
  const split = PAD + (MATRIX_SPLIT - 1) * CELL;
  const quadrantLabel = (text: string, x: number, y: number) => (
    <text x={x} y={y} className="matrix-quadrant">
      {text}
    </text>
  );
  return (
    <div className="priority-matrix">
      <svg
        ref={svg}
        viewBox={`0 0 ${SIZE + 2 * PAD} ${SIZE + 2 * PAD}`}
        role="group"
        aria-label="Prioritisation matrix: value against effort"
      >
        <rect x={PAD} y={PAD} width={SIZE} height={SIZE} className="matrix-frame" />
        {[1, 2, 3, 4].map((i) => (
          <g key={i} className="matrix-grid">
            <line x1={PAD + i * CELL} y1={PAD} x2={PAD + i * CELL} y2={PAD + SIZE} />
            <line x1={PAD} y1={PAD + i * CELL} x2={PAD + SIZE} y2={PAD + i * CELL} />
          </g>
        ))}
        <line x1={split} y1={PAD} x2={split} y2={PAD + SIZE} className="matrix-split" />
        <line
          x1={PAD}
          y1={PAD + SIZE - split + PAD}
          x2={PAD + SIZE}
          y2={PAD + SIZE - split + PAD}
          className="matrix-split"
        />
        {quadrantLabel(QUADRANTS.quickWins, PAD + 6, PAD + 16)}
        {quadrantLabel(QUADRANTS.bigBets, split + 6, PAD + 16)}
        {quadrantLabel(QUADRANTS.fillIns, PAD + 6, PAD + SIZE - 8)}
        {quadrantLabel(QUADRANTS.moneyPits, split + 6, PAD + SIZE - 8)}
        {[1, 2, 3, 4, 5].map((n) => (
          <g key={n} className="matrix-tick">
            <text x={PAD + (n - 0.5) * CELL} y={PAD + SIZE + 18} textAnchor="middle">
              {n}
            </text>
            <text x={PAD - 12} y={PAD + (5 - n + 0.5) * CELL + 4} textAnchor="middle">
              {n}
            </text>
          </g>
        ))}
        <text x={PAD + SIZE / 2} y={PAD + SIZE + 38} textAnchor="middle" className="matrix-axis">
          Effort to build →
        </text>
        <text
          x={14}
          y={PAD + SIZE / 2}
          textAnchor="middle"
          className="matrix-axis"
          transform={`rotate(-90 14 ${PAD + SIZE / 2})`}
        >
          Value →
        </text>
        {dots.map((d) => {
          const dragged = drag?.id === d.row.id;
          const c = dragged ? drag : centre(d.value, d.effort, d.slot, d.of);
          return (
            <g
              key={d.row.id}
              className={`matrix-dot matrix-${d.row.status}${dragged ? ' dragging' : ''}`}
              data-testid="matrix-dot"
              data-title={d.row.title}
              role="img"
              aria-label={`${d.row.title}: value ${d.value}, effort ${d.effort}, ${QUADRANTS[d.quadrant]}`}
              onPointerDown={(e) => {
                if (readOnly) return;
                e.currentTarget.setPointerCapture(e.pointerId);
                setDrag({ id: d.row.id, ...at(e) });
              }}
              onPointerMove={(e) => dragged && setDrag({ id: d.row.id, ...at(e) })}
              onPointerUp={(e) => dragged && drop(e, d.row.id)}
            >
              <title>{d.row.title}</title>
              <circle cx={c.x} cy={c.y} r={9} />
            </g>
          );
        })}
      </svg>
      <p className="matrix-note">
        {unscored.length === 0
          ? 'Every opportunity shown is scored. Drag a dot to re-score it.'
          : `Not scored yet (no value or effort): ${unscored.map((r) => r.title).join(', ')}. Drag a dot to re-score it.`}
      </p>
    </div>
  );
}
