import { ratedSentence } from '../../../../shared/insights/format';
import { useMemo, useState } from 'react';
import { compareWithCurrent } from '../../../../shared/insights/compare';
import { effortChart } from '../../../../shared/insights/charts/effortChart';
import { emotionChart } from '../../../../shared/insights/charts/emotionChart';
import { journeyInsights } from '../../../../shared/insights/journeyInsights';
import { useDocument, useDocumentStore } from '../documentContext';
import { usePanels } from '../palette/commandContext';
import { Modal, ModalHeader } from '../palette/Modal';
import { useChartPalette } from './chartPalette';
import { ChartFigure } from './ChartFigure';
import { ComparisonSection } from './ComparisonSection';
import { CxSection } from './CxSection';
import { HealthSection } from './HealthSection';
import { StageTable } from './StageTable';
import { SurveyInsights } from '../survey/SurveyInsights';
import { ChannelList, TopList } from './TopLists';
import './insights.css';

/** View > Insights: the numbers the map implies, for the journey on screen. */
export function InsightsPanel() {
  const open = usePanels((s) => s.open === 'insights');
  const close = usePanels((s) => s.close);
  const journeyId = useDocument((s) => s.journeyId);
  if (!open || !journeyId) return null;
  return <InsightsBody journeyId={journeyId} onClose={close} />;
}

function InsightsBody({ journeyId, onClose }: { journeyId: string; onClose: () => void }) {
  const store = useDocumentStore();
  const doc = useDocument((s) => s.doc);
  const palette = useChartPalette();
  const [large, setLarge] = useState(false);
  const insights = useMemo(() => journeyInsights(doc, journeyId), [doc, journeyId]);
  const comparison = useMemo(() => compareWithCurrent(doc, journeyId), [doc, journeyId]);
  const charts = useMemo(() => {
    const options = { palette, large, width: large ? 900 : 640 };
    return {
      emotion: emotionChart(
        insights.stages.map((s) => ({ name: s.name, value: s.averageEmotion })),
        options,
      ),
      effort: effortChart(
        insights.stages.map((s) => ({ name: s.name, value: s.averageEffort })),
        options,
      ),
    };
  }, [insights, palette, large]);

  /** A top-list entry shows its card on the map: the panel closes and the canvas pans to it. */
  const showCard = (id: string) => {
    store.getState().select({ kind: 'touchpoint', ids: [id] });
    onClose();
  };

  return (
    <Modal label="Insights" className="insights-panel" onClose={onClose}>
      <ModalHeader title={`Insights: ${insights.name}`} onClose={onClose} focusClose>
        <label className="insights-large">
          <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} />
          Large type
        </label>
      </ModalHeader>
      <div className={large ? 'insights-body large' : 'insights-body'}>
        <CxSection doc={doc} journeyId={journeyId} />
        <HealthSection health={insights.health} />
        <StageTable stages={insights.stages} />
        <SurveyInsights doc={doc} journeyId={journeyId} />
        <p className="insights-rated-summary" data-testid="insights-rated">
          {ratedSentence(insights)}
        </p>
        <div className="insights-charts">
          <ChartFigure caption="Average emotion per stage" svg={charts.emotion} />
          <ChartFigure
            caption="Average effort per stage (1 very low … 7 very high)"
            svg={charts.effort}
          />
        </div>
        <div className="insights-lists">
          <TopList
            title="Lowest emotion"
            entries={insights.lowestEmotion}
            show="emotion"
            onPick={showCard}
          />
          <TopList
            title="Highest effort"
            entries={insights.highestEffort}
            show="effort"
            onPick={showCard}
          />
          <ChannelList channels={insights.channels} />
        </div>
        {comparison && (
          <ComparisonSection comparison={comparison} palette={palette} large={large} />
        )}
      </div>
    </Modal>
  );
}
