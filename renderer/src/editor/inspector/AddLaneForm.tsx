import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lanesOf } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { LaneKind } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { addLane } from './edits';
import {
  FALLBACK_LANE_KIND,
  LANE_KIND_IDS,
  LANE_KIND_LABELS,
  laneKind,
  singletonClash,
} from '../../../../shared/model/laneKinds';

/** Adds a lane of any kind; a "Notes" lane with a name of its own is a custom text lane. */
export function AddLaneForm({ afterId }: { afterId?: string }) {
  const store = useDocumentStore();
  const id = useId();
  const journeyId = useDocument((s) => s.journeyId);
  // A singleton kind (the emotion curve) is offered only while the journey has none.
  const kinds = useDocument(useShallow((s) => lanesOf(s.doc, journeyId).map((l) => l.kind)));
  const [kind, setKind] = useState<LaneKind>(FALLBACK_LANE_KIND);
  const [name, setName] = useState('');

  return (
    <form
      className="add-lane"
      aria-label="Add lane"
      onSubmit={(e) => {
        e.preventDefault();
        addLane(store, kind, name.trim() || LANE_KIND_LABELS[kind], afterId);
        setName('');
      }}
    >
      <h3 className="inspector-subtitle">Add lane</h3>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Lane kind
          </label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as LaneKind)}
          >
            {LANE_KIND_IDS.map((k) => (
              <option key={k} value={k} disabled={singletonClash(k, kinds) !== undefined}>
                {LANE_KIND_LABELS[k]}
                {laneKind(k).pickerNote ?? ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            Lane name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={LIMITS.name}
            placeholder={LANE_KIND_LABELS[kind]}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="secondary-button">
        + Add lane
      </button>
    </form>
  );
}
