import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { CardFace } from '../../../../../shared/cards/cardFace';
import { LIMITS } from '../../../../../shared/model/schema';
import type { Touchpoint } from '../../../../../shared/model/types';
import { COMMANDS, matches } from '../../commands';
import { useDocumentStore, useReadOnly } from '../../documentContext';
import type { DocumentStore } from '../../documentStore';

/**
 * Shows at most `lines` lines: the layout counted them (shared/layout/cardText.ts), so the card
 * is tall enough. Only text the layout `cut` is clamped with an ellipsis: the clamp makes the
 * block a -webkit-box, whose layout costs about twice a plain block's, paid by every card that
 * comes on screen. Text that fits is a plain block held to its lines, in case a browser wraps
 * wider than the layout counted.
 */
export const clampTo = (lines: number, cut: boolean): CSSProperties =>
  cut ? { WebkitLineClamp: lines } : { maxHeight: `${lines}lh` };

/** The class a text block held to its lines gets: `cut` when clampTo clamps it. */
export const clampClass = (base: string, cut: boolean) => (cut ? `${base} cut` : base);

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * A key that starts editing the title of the one selected card: a printable character (it
 * replaces the title, as typing over a spreadsheet cell does) or F2 (keeps it). Keys the map
 * uses as shortcuts keep their meaning (n adds a card, ? shows the keys), and so do keys meant
 * for a field, a button or a dialog.
 */
export function titleEditKey(e: KeyboardEvent): { replaceWith: string } | 'keep' | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTextField(e.target)) return null;
  const onMap =
    e.target === document.body ||
    (e.target instanceof Element && e.target.closest('.react-flow__node-touchpoint') !== null);
  if (!onMap) return null;
  if (e.key === 'F2') return 'keep';
  if ([...e.key].length !== 1 || e.key === ' ') return null;
  if (COMMANDS.some((c) => c.shortcuts.some((s) => matches(s, e)))) return null;
  return { replaceWith: e.key };
}

/** True when `id` is the only card selected, so the keyboard's typing is meant for it. */
const onlySelected = (store: DocumentStore, id: string) => {
  const sel = store.getState().selection;
  return sel?.kind === 'touchpoint' && sel.ids.length === 1 && sel.ids[0] === id;
};

/**
 * The title: edited in place on double-click, on F2, or by typing on the selected card; Enter
 * or leaving the field ends the edit. What one edit types is one undo step.
 */
export function CardTitle({
  touchpoint,
  face,
  selected,
  lines,
  cut,
}: {
  touchpoint: Touchpoint;
  face: CardFace;
  selected: boolean;
  lines: number;
  /** The layout cut the card's text: the title ends in an ellipsis where it is cut. */
  cut: boolean;
}) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const id = touchpoint.id;
  const mergeKey = `title:${id}`;
  const shown = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selected || editing || readOnly) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!onlySelected(store, id)) return;
      // A card not drawn (the editor hidden behind the presentation) takes no typing: the
      // presentation's digit keys must not rename the selected card.
      if (shown.current?.closest('[hidden]')) return;
      const key = titleEditKey(e);
      if (!key) return;
      e.preventDefault();
      if (key !== 'keep') {
        store
          .getState()
          .dispatch(
            { type: 'updateTouchpoint', id, patch: { title: key.replaceWith } },
            { mergeKey },
          );
      }
      setEditing(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selected, editing, readOnly, store, id, mergeKey]);

  if (!editing) {
    return (
      <div
        ref={shown}
        className={clampClass(face.title.untitled ? 'card-title untitled' : 'card-title', cut)}
        style={clampTo(lines, cut)}
        onDoubleClick={(e) => {
          e.stopPropagation();
          if (!readOnly) setEditing(true);
        }}
      >
        {face.title.text}
      </div>
    );
  }
  return (
    <textarea
      className="card-title-input nodrag nowheel"
      aria-label="Card title"
      autoFocus
      rows={Math.max(2, lines)}
      maxLength={LIMITS.title}
      value={touchpoint.title}
      // The caret goes after the text: after the typed letter, or at the end of the title.
      onFocus={(e) =>
        e.currentTarget.setSelectionRange(
          e.currentTarget.value.length,
          e.currentTarget.value.length,
        )
      }
      onChange={(e) =>
        store
          .getState()
          .dispatch(
            { type: 'updateTouchpoint', id, patch: { title: e.target.value } },
            { mergeKey },
          )
      }
      onBlur={() => setEditing(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          e.currentTarget.blur();
        }
      }}
    />
  );
}

/** "… more" under text cut at its limit: selects the card and opens its title in the inspector. */
export function MoreButton({ id }: { id: string }) {
  const store = useDocumentStore();
  return (
    <button
      type="button"
      className="card-more nodrag"
      onClick={(e) => {
        e.stopPropagation();
        const state = store.getState();
        state.select({ kind: 'touchpoint', ids: [id] });
        state.requestFocus({ id, field: 'title' });
      }}
    >
      … more
    </button>
  );
}
