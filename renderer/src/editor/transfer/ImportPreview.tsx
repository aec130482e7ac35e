import type { ImportPlan } from '../../../../shared/import/planImport';

const COUNTS = [
  ['journeys', 'journey', 'journeys'],
  ['personas', 'persona', 'personas'],
  ['stages', 'stage', 'stages'],
  ['lanes', 'lane', 'lanes'],
  ['touchpoints', 'card', 'cards'],
  ['connections', 'connection', 'connections'],
] as const;

/** What an import will add, what it converts, and every row it leaves out, with the reason. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  if (!plan.ok) {
    return (
      <div className="import-errors" role="alert">
        <p>This file cannot be imported; nothing was changed.</p>
        <ul>
          {plan.errors.map((e, i) => (
            <li key={i}>
              {e.where ? `${e.where}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const added = COUNTS.filter(([key]) => (plan.rows[key]?.length ?? 0) > 0);
  return (
    <div>
      <p>The import adds:</p>
      <ul className="import-summary" data-testid="import-summary">
        {added.map(([key, one, many]) => {
          const n = plan.rows[key]?.length ?? 0;
          return <li key={key}>{`${n} ${n === 1 ? one : many}`}</li>;
        })}
      </ul>
      {plan.warnings.map((w) => (
        <p key={w} className="transfer-note">
          {w}
        </p>
      ))}
      {plan.rejected.length > 0 && (
        <>
          <p>
            {plan.rejected.length} {plan.rejected.length === 1 ? 'row is' : 'rows are'} left out:
          </p>
          <ul className="import-rejected" data-testid="import-rejected">
            {plan.rejected.map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
