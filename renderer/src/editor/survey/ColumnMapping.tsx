import type { ColumnRole, SurveyMapping } from '../../../../shared/import/survey/mapping';
import { SURVEY_METRICS, type SurveyMetric } from '../../../../shared/model/surveyEntities';
import type { Touchpoint } from '../../../../shared/model/types';
import type { Sheet } from '../../../../shared/import/survey/sheet';

/** A role as the value of a <select>: "score", "answer:<card id>:nps", "comment:<card id>". */
function roleValue(c: ColumnRole): string {
  if (c.role === 'answer') return `answer:${c.cardId}:${c.metric}`;
  if (c.role === 'comment' && c.cardId) return `comment:${c.cardId}`;
  return c.role;
}

function roleOf(value: string): ColumnRole {
  const [role, cardId, metric] = value.split(':');
  if (role === 'answer') return { role, cardId: cardId!, metric: metric as SurveyMetric };
  if (role === 'comment') return cardId ? { role, cardId } : { role };
  return { role: role as Exclude<ColumnRole['role'], 'answer' | 'comment'> };
}

const LONG_ROLES = [
  ['touchpoint', 'Touchpoint (card title)'],
  ['stage', 'Stage'],
  ['metric', 'Metric'],
  ['score', 'Score'],
  ['comment', 'Comment'],
] as const;

/**
 * The mapping step: what each column of the file is. Long format names touchpoint, metric and
 * score in columns; wide format maps each answer column to a touchpoint and a metric.
 */
export function ColumnMapping({
  sheet,
  mapping,
  cards,
  onChange,
}: {
  sheet: Sheet;
  mapping: SurveyMapping;
  cards: readonly Touchpoint[];
  onChange: (mapping: SurveyMapping) => void;
}) {
  const setFormat = (format: SurveyMapping['format']) => onChange({ ...mapping, format });
  const setColumn = (index: number, value: string) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c, i) => (i === index ? roleOf(value) : c)),
    });
  const sample = (i: number) => sheet.rows.find((r) => (r.cells[i] ?? '').trim())?.cells[i] ?? '';
  return (
    <fieldset className="survey-mapping" data-testid="survey-mapping">
      <legend>Columns</legend>
      <div className="survey-format" role="radiogroup" aria-label="Layout of the file">
        <label>
          <input
            type="radio"
            checked={mapping.format === 'long'}
            onChange={() => setFormat('long')}
          />
          One row per answer (Touchpoint, Metric, Score columns)
        </label>
        <label>
          <input
            type="radio"
            checked={mapping.format === 'wide'}
            onChange={() => setFormat('wide')}
          />
          One row per respondent, one column per question
        </label>
      </div>
      <table className="survey-columns">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First value</th>
            <th scope="col">Means</th>
          </tr>
        </thead>
        <tbody>
          {sheet.headers.map((header, i) => (
            <tr key={i}>
              <th scope="row">{header || `Column ${i + 1}`}</th>
              <td className="survey-sample">{sample(i)}</td>
              <td>
                <select
                  aria-label={`Column "${header}" means`}
                  value={roleValue(mapping.columns[i] ?? { role: 'ignore' })}
                  onChange={(e) => setColumn(i, e.target.value)}
                >
                  <option value="ignore">Ignore</option>
                  <option value="respondent">Respondent</option>
                  <option value="date">Date</option>
                  {mapping.format === 'long' ? (
                    LONG_ROLES.map(([value, word]) => (
                      <option key={value} value={value}>
                        {word}
                      </option>
                    ))
                  ) : (
                    <>
                      {cards.map((card) => (
                        <optgroup key={card.id} label={card.title || 'Untitled'}>
                          {SURVEY_METRICS.map((m) => (
                            <option key={m.value} value={`answer:${card.id}:${m.value}`}>
                              {`${card.title}: ${m.word} (${m.scale})`}
                            </option>
                          ))}
                          <option value={`comment:${card.id}`}>{`${card.title}: comment`}</option>
                        </optgroup>
                      ))}
                    </>
                  )}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
