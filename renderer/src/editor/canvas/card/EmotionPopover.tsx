import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ComponentType,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { EmotionPicker } from '../../../components/EmotionPicker';

/** Where the popover opens: below the face, in viewport pixels (it is not scaled by zoom). */
export interface Anchor {
  left: number;
  top: number;
}

interface PopoverProps<T> {
  anchor: Anchor;
  /** The button that opened it: a press there toggles it, so it is not "outside". */
  owner: RefObject<HTMLElement | null>;
  value: T;
  onPick: (value: T) => void;
  onClose: () => void;
}

/** The emotion scale with its words, opened from a card's face. */
export function EmotionPopover(props: PopoverProps<number | null>) {
  return <RatingPopover {...props} label="Choose emotion" Picker={EmotionPicker} />;
}

/**
 * A rating's picker opened from a card. Arrow keys move the choice without saving it; Enter,
 * Space or a click takes it, Escape or a click outside leaves the card as it was. So one visit
 * is one edit, and one undo step.
 */
export function RatingPopover<T>({
  anchor,
  value,
  owner,
  onPick,
  onClose,
  label,
  Picker,
}: PopoverProps<T> & {
  label: string;
  /** The rating's picker: the value shown, and each move of the choice (not yet taken). */
  Picker: ComponentType<{ value: T; onChange: (value: T) => void }>;
}) {
  const [shown, setShown] = useState<T>(value);
  const pending = useRef<T>(value);
  const root = useRef<HTMLDivElement>(null);

  // The chosen face (or the first) takes the focus, as in any radio group.
  useLayoutEffect(() => {
    const radios = root.current?.querySelectorAll<HTMLElement>('[role="radio"]');
    const chosen = root.current?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]');
    (chosen ?? radios?.[0])?.focus();
  }, []);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!root.current?.contains(target) && !owner.current?.contains(target)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose, owner]);

  const take = () => onPick(pending.current);
  const onKeyDown = (e: KeyboardEvent) => {
    // Keys stay here: none reaches the canvas's shortcuts (arrows would move the card).
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      // A dialog of one control group: Tab would only leave it for the page behind.
      e.preventDefault();
    }
  };

  return createPortal(
    <div
      ref={root}
      className="emotion-popover"
      role="dialog"
      aria-label={label}
      style={{ left: anchor.left, top: anchor.top }}
      onKeyDown={onKeyDown}
      onClick={(e) => {
        // A click on a face or on "Not rated" (Enter and Space click the focused one) takes it.
        if ((e.target as Element).closest('button')) take();
      }}
    >
      <Picker
        value={shown}
        onChange={(v) => {
          pending.current = v;
          setShown(v);
        }}
      />
    </div>,
    document.body,
  );
}
