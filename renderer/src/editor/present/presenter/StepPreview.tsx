import type { JourneyLayout } from '../../../../../shared/layout/layoutJourney';
import type { ProjectDoc } from '../../../../../shared/model/types';
import type { PresentStep } from '../../../../../shared/present/steps';
import { countOf } from '../../../../../shared/text/plural';
import { StageView } from '../StageView';

/** Preview boxes are 1920 x 1080 drawings scaled down: a third, or a quarter. */
const SCALE = { large: 1 / 3, small: 1 / 4 } as const;

/** A step as the audience sees it, small: a stage in the stage view, else what it shows. */
export function StepPreview({
  doc,
  layout,
  step,
  views,
  size,
}: {
  doc: ProjectDoc;
  layout: JourneyLayout;
  step: PresentStep;
  views: readonly { id: string; name: string }[];
  size: keyof typeof SCALE;
}) {
  const scale = SCALE[size];
  return (
    <div
      className={`presenter-preview ${size}`}
      style={{
        width: 1920 * scale,
        height: 1080 * scale,
        ['--preview-scale' as string]: scale,
      }}
      aria-hidden="true"
    >
      {step.kind === 'stage' ? (
        <StageView doc={doc} layout={layout} step={step} bottomInset={0} compact />
      ) : (
        <p className="presenter-preview-text">
          {step.kind === 'view'
            ? `Saved view: ${views.find((v) => v.id === step.viewId)?.name ?? ''}`
            : `Overview · ${countOf(layout.stages.length, 'stage')}`}
        </p>
      )}
    </div>
  );
}
