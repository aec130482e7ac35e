import { memo } from 'react';
import { EmotionFace } from '../../components/EmotionFace';
import { cellText, hasCell, type TableRow } from './tableRows';
import type { TableColumn } from './tableColumns';

/** What a cell shows when it is not being edited: its words, and the face beside an emotion. */
export const CellContent = memo(function CellContent(props: {
  row: TableRow;
  column: TableColumn;
}) {
  const { row, column } = props;
  if (!hasCell(row, column)) {
    // A note has no emotion, effort, channel...: said, not left blank.
    return (
      <span
        className="table-na"
        title={`A ${row.lane.name.toLowerCase()} card has no ${column.header.toLowerCase()}`}
      >
        —
      </span>
    );
  }
  const text = cellText(row, column);
  if (column.id === 'emotion') {
    return (
      <span className="table-emotion">
        <EmotionFace emotion={row.card.emotion} size={18} />
        <span className={row.card.emotion === null ? 'table-unrated' : undefined}>{text}</span>
      </span>
    );
  }
  if (column.id === 'effort' && row.card.effort === null) {
    return <span className="table-unrated">{text}</span>;
  }
  return <span className="table-text">{text}</span>;
});
