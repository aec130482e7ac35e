import { useCallback, useRef, useState } from 'react';
import type { TouchpointFace } from '../../../../../shared/cards/cardFace';
import type { NeedsMet } from '../../../../../shared/model/cxLayerFields';
import { NeedsMetPicker } from '../../../components/NeedsMetPicker';
import { DataTag } from '../../../components/RatingSource';
import { useDocumentStore, useReadOnly } from '../../documentContext';
import { patchCards } from '../../inspector/edits';
import { RatingPopover, type Anchor } from './EmotionPopover';

/**
 * The card's need-met line ("✓ Need met"), shown once the need is rated. On the selected card it
 * opens the three choices and "Not rated", as the face opens the emotion scale: one edit, one
 * undo step.
 */
export function NeedsMetButton({ face, selected }: { face: TouchpointFace; selected: boolean }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setAnchor(null);
    button.current?.focus();
  }, []);
  const needs = face.needsMet;
  if (!needs) return null;
  return (
    <span className="card-meta-row">
      <button
        ref={button}
        type="button"
        className={selected ? 'card-needs nodrag' : 'card-needs'}
        data-needs-met={needs.value}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-label={`${needs.phrase}. Change whether the need is met`}
        title="Change whether the need is met"
        tabIndex={selected ? 0 : -1}
        disabled={readOnly}
        onClick={(e) => {
          e.stopPropagation();
          if (anchor) return close();
          const r = button.current?.getBoundingClientRect();
          if (r) setAnchor({ left: r.left, top: r.bottom + 4 });
        }}
      >
        <span className={`needs-mark needs-${needs.value}`} aria-hidden="true">
          {needs.mark}
        </span>
        <span>{needs.phrase}</span>
      </button>
      <DataTag show={face.fromData.needsMet} />
      {anchor && (
        <RatingPopover<NeedsMet | null>
          anchor={anchor}
          owner={button}
          value={needs.value}
          label="Choose whether the need is met"
          Picker={NeedsMetPicker}
          onClose={close}
          onPick={(needsMet) => {
            patchCards(store, [face.id], { needsMet });
            close();
          }}
        />
      )}
    </span>
  );
}
