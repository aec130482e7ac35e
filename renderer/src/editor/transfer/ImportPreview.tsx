import type { ImportPlan } from '../../../../shared/import/planImport';
import { rejectionText } from '../../../../shared/import/csvRejection';
import { type Problem, problemPlace } from '../../../../shared/import/problems';

const COUNTS = [
  ['journeys', 'journey', 'journeys'],
  ['personas', 'persona', 'personas'],
  ['stages', 'stage', 'stages'],
  ['lanes', 'lane', 'lanes'],
  ['touchpoints', 'card', 'cards'],
  ['connections', 'connection', 'connections'],
] as const;

/** One problem that stops an import: where, then the message; the code for tests and styling. */
function ProblemItem({ problem }: { problem: Problem }) {
  return (
    <li data-code={problem.code}>
      {problemPlace(problem)}
      {problem.message}
    </li>
  );
}

/** What an import will add, what it converts, and every row it leaves out, with the reason. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  if (!plan.ok) {
    return (
      <div className="import-errors" role="alert">
        <p>This file cannot be imported; nothing was changed.</p>
        <ul>
          {plan.error.map((p, i) => (
            <ProblemItem key={i} problem={p} />
          ))}
        </ul>
      </div>
    );
  }
  const { rows, warnings, rejected } = plan.value;
  const added = COUNTS.filter(([key]) => (rows[key]?.length ?? 0) > 0);
  return (
    <div>
      <p>The import adds:</p>
      <ul className="import-summary" data-testid="import-summary">
        {added.map(([key, one, many]) => {
          const n = rows[key]?.length ?? 0;
          return <li key={key}>{`${n} ${n === 1 ? one : many}`}</li>;
        })}
      </ul>
      {warnings.map((w) => (
        <p key={w} className="transfer-note">
          {w}
        </p>
      ))}
      {rejected.length > 0 && (
        <>
          <p>
            {rejected.length} {rejected.length === 1 ? 'row is' : 'rows are'} left out:
          </p>
          <ul className="import-rejected" data-testid="import-rejected">
            {rejected.map((r) => (
              <li key={r.row} data-codes={r.problems.map((p) => p.code).join(' ')}>
                Row {r.row}: {rejectionText(r)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
