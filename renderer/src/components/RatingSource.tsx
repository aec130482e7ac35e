/**
 * Where a rating came from, read-only: "From data" when it was set from survey metrics and
 * confirmed (the touchpoint's `fromData` names it), otherwise "Assumed". Nothing while not rated.
 */
export function RatingSource({ rated, fromData }: { rated: boolean; fromData: boolean }) {
  if (!rated) return null;
  return (
    <span
      className={fromData ? 'rating-source from-data' : 'rating-source assumed'}
      title={fromData ? 'Set from survey data' : 'Assumed: not backed by survey data'}
    >
      {fromData ? 'From data' : 'Assumed'}
    </span>
  );
}

/** The card's short form: a "data" tag beside a rating set from survey data; assumed is unmarked. */
export function DataTag({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <span className="data-tag" title="Set from survey data">
      data
    </span>
  );
}
