import './card.css';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { TouchpointFace } from '../../../../../shared/cards/cardFace';
import {
  EFFORT_MAX,
  EFFORT_MIN,
  effortPhrase,
  effortWord,
} from '../../../../../shared/model/scales';
import { EffortMeter } from '../../../components/EffortMeter';
import { EmotionFace } from '../../../components/EmotionFace';
import { useDocumentStore, useReadOnly } from '../../documentContext';
import { patchCards } from '../../inspector/edits';
import { EmotionPopover, type Anchor } from './EmotionPopover';
import { DataTag } from '../../../components/RatingSource';
import { NeedsMetButton } from './NeedsMetButton';

/**
 * The card's face and effort meter, each a control on the selected card: the face opens the
 * emotion scale, a segment of the meter sets the effort. Either is one op, so one undo step.
 * A card at rest draws the same face and meter as plain marks: Tab through the map does not
 * stop three times on every card, the first click on a card selects it (and any part of it
 * starts a drag), so grabbing a card never changes its ratings by accident; and a map that
 * brings dozens of cards on screen at once does not build eight controls for each.
 */
export function CardRatings({ face, selected }: { face: TouchpointFace; selected: boolean }) {
  return (
    <div className="card-meta">
      <span className="card-meta-row">
        {selected ? <EmotionButton face={face} /> : <EmotionMark face={face} />}
        {face.feeling && (
          <span className="card-feeling" title={`Feels ${face.feeling}`}>
            {face.feeling}
          </span>
        )}
        <DataTag show={face.fromData.emotion} />
      </span>
      <span className="card-meta-row">
        {selected ? (
          <EffortInput face={face} />
        ) : (
          <EffortMeter effort={face.effort.value} className="effort-input" />
        )}
        <DataTag show={face.fromData.effort} />
      </span>
      {face.needsMet && <NeedsMetButton face={face} selected={selected} />}
    </div>
  );
}

/** The face and word of a card at rest: what the button shows, with nothing to press. */
function EmotionMark({ face }: { face: TouchpointFace }) {
  return (
    <span className="card-emotion" data-emotion={face.emotion.value ?? 'not-rated'}>
      <EmotionFace emotion={face.emotion.value} size={20} />
      <span>{face.emotion.word}</span>
    </span>
  );
}

function EmotionButton({ face }: { face: TouchpointFace }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setAnchor(null);
    button.current?.focus();
  }, []);
  const open = () => {
    const r = button.current?.getBoundingClientRect();
    if (r) setAnchor({ left: r.left, top: r.bottom + 4 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="card-emotion nodrag"
        data-emotion={face.emotion.value ?? 'not-rated'}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-label={`Emotion: ${face.emotion.word}. Change emotion`}
        title="Change emotion"
        disabled={readOnly}
        onClick={(e) => {
          e.stopPropagation();
          if (anchor) close();
          else open();
        }}
      >
        <EmotionFace emotion={face.emotion.value} size={20} />
        <span>{face.emotion.word}</span>
      </button>
      {anchor && (
        <EmotionPopover
          anchor={anchor}
          owner={button}
          value={face.emotion.value}
          onClose={close}
          onPick={(emotion) => {
            patchCards(store, [face.id], { emotion });
            close();
          }}
        />
      )}
    </>
  );
}

/**
 * Seven segments as one radio group: a click on a segment sets the effort; with the focus on
 * it, the arrow keys step it (a quick run of steps folds into one undo step).
 */
function EffortInput({ face }: { face: TouchpointFace }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const effort = face.effort.value;
  const set = (value: number, mergeKey?: string) =>
    patchCards(store, [face.id], { effort: value }, mergeKey);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
    if (step === undefined) return;
    // The arrows step the effort here; they must not also move the card.
    e.preventDefault();
    e.stopPropagation();
    const next = effort === null ? (step > 0 ? EFFORT_MIN : EFFORT_MAX) : effort + step;
    if (next < EFFORT_MIN || next > EFFORT_MAX) return;
    set(next, `card-effort:${face.id}`);
    e.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus();
  };
  return (
    <span className="effort-meter effort-input nodrag" title={face.effort.phrase}>
      <span
        className="effort-bars"
        role="radiogroup"
        aria-label="Set effort, 1 very low to 7 very high"
      >
        {Array.from({ length: EFFORT_MAX }, (_, i) => {
          const value = i + 1;
          const tabStop = effort === value || (effort === null && value === EFFORT_MIN);
          return (
            <button
              key={value}
              type="button"
              role="radio"
              className="bar-button"
              data-value={value}
              aria-checked={effort === value}
              aria-label={`${value}: ${effortWord(value)} effort`}
              title={`Set effort ${value} of ${EFFORT_MAX}: ${effortWord(value)}`}
              tabIndex={tabStop ? 0 : -1}
              disabled={readOnly}
              onClick={(e) => {
                e.stopPropagation();
                set(value);
              }}
              onKeyDown={onKeyDown}
            >
              <span className={effort !== null && value <= effort ? 'bar filled' : 'bar'} />
            </button>
          );
        })}
      </span>
      <span className="effort-word">{effortPhrase(effort)}</span>
    </span>
  );
}
