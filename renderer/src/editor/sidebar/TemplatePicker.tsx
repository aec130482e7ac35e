import { useEffect, useRef, type KeyboardEvent } from 'react';
import { JOURNEY_TEMPLATES } from '../../../../shared/model/templates';
import { useModalDialog } from '../../components/useModalDialog';

interface Props {
  onPick(templateId: string): void;
  onClose(): void;
}

/** "New journey": one button per template; arrows move between them, Esc closes. */
export function TemplatePicker({ onPick, onClose }: Props) {
  const dialogRef = useModalDialog(onClose);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, []);

  const onListKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
    e.preventDefault();
  };

  return (
    <dialog ref={dialogRef} className="wl-dialog template-picker" aria-labelledby="template-title">
      <header className="wl-dialog-header">
        <h2 id="template-title">New journey</h2>
        <button type="button" className="wl-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="wl-dialog-note">Start from a template; you can change everything later.</p>
      <ul className="template-list" ref={listRef} onKeyDown={onListKeyDown}>
        {JOURNEY_TEMPLATES.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-option"
              data-template={t.id}
              onClick={() => onPick(t.id)}
            >
              <span className="template-name">{t.label}</span>
              <span className="template-summary">{t.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
