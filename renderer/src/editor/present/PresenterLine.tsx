import type { MouseEvent } from 'react';
import type { PresentStep } from '../../../../shared/present/steps';
import type { StageInsight } from '../../../../shared/present/insight';
import './presenterLine.css';
import { PresenterSurvey } from '../survey/PresenterSurvey';
import { countOf } from '../../../../shared/text/plural';

interface Props {
  step: PresentStep;
  stageName: string;
  stageCount: number;
  viewCount: number;
  journeyName: string;
  personaName: string;
  insight: StageInsight | null;
  onHelp(): void;
  onLeave(): void;
  /** Opens the presenter window (presenter/PresenterWindow.tsx). */
  onPresenter(): void;
}

/** The line at the bottom: where we are, and what to say about it. */
export function PresenterLine(props: Props) {
  const { step, stageCount, insight } = props;
  const overview = step.kind === 'overview';
  return (
    <footer className="presenter-line" data-testid="presenter-line" aria-live="polite">
      <div className="presenter-where">
        <strong>{overview ? props.journeyName : props.stageName}</strong>
        <span data-testid="presenter-count">
          {overview
            ? `Overview · ${countOf(stageCount, 'stage')}`
            : step.kind === 'view'
              ? `Saved view ${step.viewIndex + 1} of ${props.viewCount}`
              : `${step.stageIndex + 1} of ${stageCount}`}
        </span>
        {step.kind === 'stage' && step.revealed < step.cardCount && (
          <span>
            {step.revealed} of {countOf(step.cardCount, 'card')}
          </span>
        )}
      </div>
      <div className="presenter-insight" data-testid="presenter-insight">
        {overview ? (
          props.personaName && <span>For {props.personaName}</span>
        ) : step.kind === 'view' ? null : (
          <>
            {insight?.goal && <span>Goal: {insight.goal}</span>}
            {insight?.keyMoment && <span>{insight.keyMoment}</span>}
            {step.kind === 'stage' && <PresenterSurvey stageIndex={step.stageIndex} />}
          </>
        )}
      </div>
      <div className="presenter-actions">
        <button type="button" onClick={(e) => clickAndLetGo(e, props.onPresenter)}>
          Presenter view
        </button>
        <button type="button" onClick={(e) => clickAndLetGo(e, props.onHelp)}>
          Keys (?)
        </button>
        <button type="button" onClick={props.onLeave}>
          Exit (Esc)
        </button>
      </div>
    </footer>
  );
}

/** A mouse click leaves no focus behind, so a clicker's Space moves on rather than re-clicking. */
function clickAndLetGo(e: MouseEvent<HTMLButtonElement>, action: () => void) {
  if (e.detail > 0) e.currentTarget.blur();
  action();
}

const KEYS: [string, string][] = [
  ['→  Page Down  Space', 'Next stage (or next card in reveal mode)'],
  ['←  Page Up  Shift+Space', 'Previous'],
  ['Home / End', 'Overview / last stage or saved view'],
  ['1 – 9', 'Jump to a stage'],
  ['O', 'Overview'],
  ['R', 'Reveal cards one by one'],
  ['P', 'Spotlight follows the mouse'],
  ['L (hold)', 'Spotlight while held'],
  ['H', 'Hide or show this line'],
  ['M', 'A stage: fill the screen, or show it on the map'],
  ['?', 'These keys'],
  ['Esc', 'Leave the presentation'],
];

export function PresentHelp({ onClose }: { onClose(): void }) {
  return (
    <div
      className="present-help"
      role="dialog"
      aria-label="Presentation keys"
      data-testid="present-help"
    >
      <h2>Presentation keys</h2>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>
        Close
      </button>
    </div>
  );
}
