import { useMemo } from 'react';
import {
  coverageSentence,
  CX_LAYER_IDS,
  type CxSummary,
} from '../../../../shared/insights/cxIndex';
import {
  CX_BESIDE_HEALTH,
  CX_LAYER_QUESTIONS,
  fullyRatedText,
  indexText,
} from '../../../../shared/insights/cxText';
import { journeyCx } from '../../../../shared/insights/journeyCx';
import type { ProjectDoc } from '../../../../shared/model/types';

/** A layer's score and how many touchpoints it is over, "from data" when some are. */
function LayerCell({ cx, id }: { cx: CxSummary; id: (typeof CX_LAYER_IDS)[number] }) {
  const layer = cx.layers[id];
  return (
    <td>
      {layer.score ?? '–'}
      <span className="insights-rated">
        {' '}
        ({layer.rated} of {cx.touchpoints} rated
        {layer.fromData > 0 ? `, ${layer.fromData} from data` : ''})
      </span>
    </td>
  );
}

/** Per stage or per channel: each layer 0–100, the index and how many are rated on all three. */
function LayerTable({
  title,
  rows,
}: {
  title: 'Stage' | 'Channel';
  rows: { key: string; name: string; cx: CxSummary }[];
}) {
  return (
    <table className="insights-table" data-testid={`cx-${title.toLowerCase()}-table`}>
      <caption>
        The three layers per {title.toLowerCase()}, each 0–100 over the touchpoints rated on it.
      </caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          {CX_LAYER_IDS.map((id) => (
            <th scope="col" key={id} title={CX_LAYER_QUESTIONS[id]}>
              {id === 'needsMet' ? 'Needs met' : id === 'ease' ? 'Ease' : 'Emotion'}
            </th>
          ))}
          <th scope="col">CX index</th>
          <th scope="col">Rated on all three</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid="cx-row" data-name={r.name}>
            <th scope="row">{r.name}</th>
            {CX_LAYER_IDS.map((id) => (
              <LayerCell key={id} cx={r.cx} id={id} />
            ))}
            <td>
              <strong>{indexText(r.cx)}</strong>
            </td>
            <td>{fullyRatedText(r.cx)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The three layers of CX ("Outside In": does it meet the need, is it easy, how does it feel) and
 * the CX index built from them, with the formula and this journey's numbers; per stage and per
 * channel below. Shown beside the health score, with the reason.
 */
export function CxSection({ doc, journeyId }: { doc: ProjectDoc; journeyId: string }) {
  const cx = useMemo(() => journeyCx(doc, journeyId), [doc, journeyId]);
  return (
    <section className="insights-cx" aria-labelledby="insights-cx-title">
      <div className="insights-health">
        <div className="insights-score">
          <h3 id="insights-cx-title">CX index</h3>
          <p data-testid="cx-index">
            <strong>{indexText(cx.journey)}</strong>
            <span> / 100</span>
          </p>
        </div>
        <ul className="insights-formula" aria-label="How the CX index is worked out">
          {cx.journey.formula.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <p className="insights-rated-summary" data-testid="cx-coverage">
        {coverageSentence(cx.journey)}. {CX_BESIDE_HEALTH}
      </p>
      <LayerTable
        title="Stage"
        rows={cx.stages.map((s) => ({
          key: s.stageId,
          name: s.name || 'Untitled stage',
          cx: s.cx,
        }))}
      />
      <LayerTable
        title="Channel"
        rows={cx.channels.map((c) => ({ key: c.channel, name: c.channel, cx: c.cx }))}
      />
    </section>
  );
}
