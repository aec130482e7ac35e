import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/shallow';
import { STANDARD_CHANNELS } from '../../../../shared/model/channels';
import {
  describeFilterCount,
  filterChoices,
  type CardFilter,
} from '../../../../shared/model/filter';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_LEVELS } from '../../../../shared/model/scales';
import { EmotionFace } from '../../components/EmotionFace';
import { useDocument, useDocumentStore } from '../documentContext';
import { usePanels } from '../palette/commandContext';
import './search.css';

const EFFORTS = Array.from({ length: EFFORT_MAX - EFFORT_MIN + 1 }, (_, i) => EFFORT_MIN + i);

/** One end of the effort range, 1 to 7. */
function EffortSelect(props: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(Number(e.target.value))}
    >
      {EFFORTS.map((v) => (
        <option key={v}>{v}</option>
      ))}
    </select>
  );
}

export function FilterBar() {
  const filter = useDocument((s) => s.filter);
  return filter ? <FilterControls filter={filter} /> : null;
}

/** Narrows the shown journey's cards: matches are highlighted, the rest dimmed. */
function FilterControls({ filter }: { filter: CardFilter }) {
  const store = useDocumentStore();
  const cards = useDocument(
    useShallow((s) => Object.values(s.doc.touchpoints).filter((t) => t.journeyId === s.journeyId)),
  );
  const searchFocus = usePanels((s) => s.searchFocus);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [searchFocus]);

  const choices = useMemo(() => filterChoices(cards), [cards]);
  const channels = useMemo(
    () => [...new Set([...STANDARD_CHANNELS, ...choices.channels])],
    [choices.channels],
  );
  const lanes = useDocument((s) => s.doc.lanes);
  const count = describeFilterCount(cards, lanes, filter);

  const update = (patch: Partial<CardFilter>) =>
    store.getState().setFilter({ ...filter, ...patch });
  const close = () => store.getState().setFilter(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  };
  const toggleEmotion = (value: number) =>
    update({
      emotions: filter.emotions.includes(value)
        ? filter.emotions.filter((v) => v !== value)
        : [...filter.emotions, value],
    });

  return (
    <div className="filter-bar" role="search" aria-label="Search cards" onKeyDown={onKeyDown}>
      <input
        ref={input}
        className="filter-text"
        type="search"
        aria-label="Search text"
        placeholder="Search title, description, tags, owner…"
        value={filter.text}
        onChange={(e) => update({ text: e.target.value })}
      />
      <select
        aria-label="Channel"
        value={filter.channel}
        onChange={(e) => update({ channel: e.target.value })}
      >
        <option value="">Any channel</option>
        {channels.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <div className="filter-emotions" role="group" aria-label="Emotion">
        {EMOTION_LEVELS.map((level) => (
          <button
            key={level.value}
            type="button"
            className="filter-emotion"
            aria-pressed={filter.emotions.includes(level.value)}
            aria-label={level.word}
            title={level.word}
            onClick={() => toggleEmotion(level.value)}
          >
            <EmotionFace emotion={level.value} size={18} />
          </button>
        ))}
      </div>
      <label className="filter-effort">
        <span>Effort</span>
        <EffortSelect
          label="Lowest effort"
          value={filter.effortMin}
          onChange={(min) => update({ effortMin: min, effortMax: Math.max(min, filter.effortMax) })}
        />
        <span aria-hidden="true">–</span>
        <EffortSelect
          label="Highest effort"
          value={filter.effortMax}
          onChange={(max) => update({ effortMax: max, effortMin: Math.min(max, filter.effortMin) })}
        />
      </label>
      <select aria-label="Tag" value={filter.tag} onChange={(e) => update({ tag: e.target.value })}>
        <option value="">Any tag</option>
        {choices.tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <label className="filter-mot">
        <input
          type="checkbox"
          checked={filter.momentOfTruthOnly}
          onChange={(e) => update({ momentOfTruthOnly: e.target.checked })}
        />
        Moments of truth
      </label>
      <span className="filter-count" role="status" data-testid="filter-count">
        {count}
      </span>
      <button type="button" className="filter-close" aria-label="Close search" onClick={close}>
        ✕
      </button>
    </div>
  );
}
