import type { ReactNode } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import './palette.css';

interface Props {
  label: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal panel of the editor (palette, shortcuts, export, import); a backdrop click closes it. */
export function Modal({ label, className, onClose, children }: Props) {
  const dialog = useModalDialog(onClose);
  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-label={label}
      // Keys stay in the modal: the editor's shortcuts must not act behind it. (React's
      // handler runs after the modal's own; a native one here would starve them.)
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** A modal's title bar: its heading, any controls of its own, and Close. */
export function ModalHeader(props: {
  title: ReactNode;
  onClose: () => void;
  /** Put the focus on Close when the modal opens (when nothing in it should have it first). */
  focusClose?: boolean;
  children?: ReactNode;
}) {
  return (
    <header className="sheet-header">
      <h2>{props.title}</h2>
      {props.children}
      <button
        type="button"
        className="toolbar-text-button"
        autoFocus={props.focusClose}
        onClick={props.onClose}
      >
        Close
      </button>
    </header>
  );
}
