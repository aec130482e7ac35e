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
