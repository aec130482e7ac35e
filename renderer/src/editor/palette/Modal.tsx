import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './palette.css';

interface Props {
  label: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser keeps focus inside it and makes the page behind
 * inert; Esc closes it. Focus goes back to where it was when the modal opened.
 */
export function Modal({ label, className, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  // Keys stay in the modal: the editor's shortcuts must not act behind it.
  const onKeyDown = (e: KeyboardEvent) => e.stopPropagation();

  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
