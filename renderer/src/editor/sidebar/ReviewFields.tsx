import { useId } from 'react';
import { LIMITS } from '../../../../shared/model/schema';
import { localDay, reviewState } from '../../../../shared/model/journeyReview';
import type { Journey } from '../../../../shared/model/types';

type ReviewPatch = Partial<Pick<Journey, 'owner' | 'reviewedOn'>>;

/**
 * Who keeps the map true and when it was last reviewed: "Reviewed today" records the day, and
 * a map not reviewed for a while (shared/model/journeyReview.ts) says so here.
 */
export function ReviewFields(props: {
  journey: Journey;
  update(patch: ReviewPatch, mergeKey?: string): void;
}) {
  const { journey, update } = props;
  const statusId = useId();
  const today = localDay(new Date());
  const state = reviewState(journey.reviewedOn, today);
  return (
    <>
      <label className="field">
        <span className="field-label">Owner</span>
        <input
          aria-label="Owner of the journey"
          value={journey.owner}
          maxLength={LIMITS.name}
          placeholder="Who keeps this map true"
          onChange={(e) => update({ owner: e.target.value }, `journey-owner:${journey.id}`)}
        />
      </label>
      <label className="field">
        <span className="field-label">Last reviewed</span>
        <input
          type="date"
          aria-label="Day the journey was last reviewed"
          aria-describedby={statusId}
          value={journey.reviewedOn}
          max={today}
          onChange={(e) => update({ reviewedOn: e.target.value })}
        />
      </label>
      <p id={statusId} className={`review-state${state.due ? ' due' : ''}`} role="status">
        {state.text}
        {state.due && ' — review it against what customers live now.'}
      </p>
      <button
        type="button"
        className="link-button"
        disabled={journey.reviewedOn === today}
        onClick={() => update({ reviewedOn: today })}
      >
        Reviewed today
      </button>
    </>
  );
}
