import { useMemo } from 'react';
import type { ChartPalette } from '../../../../shared/insights/charts/chartFrame';
import { comparisonChart } from '../../../../shared/insights/charts/comparisonChart';
import type { JourneyComparison } from '../../../../shared/insights/compare';
import type { CxLayerChange } from '../../../../shared/insights/cxIndex';
import { formatAverage, formatSigned } from '../../../../shared/insights/format';
import { ChartFigure } from './ChartFigure';

interface Props {
  comparison: JourneyComparison;
  palette: ChartPalette;
  large: boolean;
}

function Change({
  value,
  better,
  digits = 1,
}: {
  value: number | null;
  better: 'up' | 'down';
  digits?: number;
}) {
  if (value === null) return null;
  const improved = better === 'up' ? value > 0 : value < 0;
  const worse = better === 'up' ? value < 0 : value > 0;
  return (
    <span className={improved ? 'insights-better' : worse ? 'insights-worse' : undefined}>
      {' '}
      ({formatSigned(value, digits)}
      {improved ? ', better' : worse ? ', worse' : ''})
    </span>
  );
}

/** The three layers and the CX index, current against future, in points of 0–100. */
function CxComparisonTable({ rows }: { rows: readonly CxLayerChange[] }) {
  return (
    <table className="insights-table" data-testid="cx-comparison">
      <caption>The three layers of CX and the CX index, current against future state.</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">Current state</th>
          <th scope="col">Future state</th>
          <th scope="col">Change (points)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="cx-comparison-row" data-layer={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.before ?? '–'}</td>
            <td>{r.after ?? '–'}</td>
            <td>{r.change === null ? '–' : <Change value={r.change} better="up" digits={0} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const titles = (list: readonly string[]) => (list.length === 0 ? '–' : list.join(', '));

/** A future state against the current state it improves on, stage by stage. */
export function ComparisonSection({ comparison, palette, large }: Props) {
  const chart = useMemo(
    () =>
      comparisonChart(
        comparison.stages.map((s) => ({
          name: s.name,
          before: s.emotionBefore,
          after: s.emotionAfter,
        })),
        { palette, large, width: large ? 900 : 640 },
      ),
    [comparison, palette, large],
  );
  return (
    <section className="insights-comparison" aria-labelledby="insights-comparison-title">
      <h3 id="insights-comparison-title">Current vs future state</h3>
      <p>
        Compared with <strong>{comparison.currentName}</strong>: health{' '}
        <span data-testid="health-before">{comparison.healthBefore ?? '–'}</span> →{' '}
        <span data-testid="health-after">{comparison.healthAfter ?? '–'}</span>. A future-state card
        is the card it was copied from, however it was renamed or moved; stages are matched by the
        cards they share, then by name, then by position.
      </p>
      <p data-testid="implements">
        Implements:{' '}
        {comparison.implements.length === 0
          ? 'no opportunities chosen yet (see Journey properties).'
          : comparison.implements.join(', ')}
      </p>
      <CxComparisonTable rows={comparison.cx} />
      <table className="insights-table">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Emotion before → after</th>
            <th scope="col">Effort before → after</th>
            <th scope="col">Touchpoints added</th>
            <th scope="col">Touchpoints removed</th>
            <th scope="col">Renamed</th>
            <th scope="col">Pain points addressed</th>
          </tr>
        </thead>
        <tbody>
          {comparison.stages.map((s) => (
            <tr
              key={`${s.currentStageId}-${s.futureStageId}`}
              data-testid="comparison-row"
              data-stage-name={s.name}
            >
              <th scope="row">
                {s.name || 'Untitled stage'}
                {s.futureStageId === null && <span className="insights-word"> (dropped)</span>}
                {s.currentStageId === null && <span className="insights-word"> (new)</span>}
              </th>
              <td data-testid="emotion-change">
                {formatAverage(s.emotionBefore, true)} → {formatAverage(s.emotionAfter, true)}
                <Change value={s.emotionChange} better="up" />
              </td>
              <td>
                {formatAverage(s.effortBefore)} → {formatAverage(s.effortAfter)}
                <Change value={s.effortChange} better="down" />
              </td>
              <td>{titles(s.touchpointsAdded)}</td>
              <td>{titles(s.touchpointsRemoved)}</td>
              <td data-testid="renamed">
                {titles(s.touchpointsRenamed.map((r) => `${r.from} → ${r.to}`))}
              </td>
              <td>{titles(s.painPointsAddressed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartFigure caption="Average emotion per stage, current and future state" svg={chart} />
    </section>
  );
}
