import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { charactersCut, cutNotice, lengthCounter } from '../../../../shared/text/lengthLimit';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * A field's length limit made visible: a counter near the limit, and a notice when a paste was
 * cut to fit (the browser's maxLength would otherwise drop the rest without a word).
 */
export function useLengthLimit(value: string, max: number | undefined) {
  const [cut, setCut] = useState(0);
  const onPaste = (e: ClipboardEvent<TextControl>) => {
    if (max === undefined) return;
    const el = e.currentTarget;
    const selection = { start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? 0 };
    setCut(charactersCut(el.value, selection, e.clipboardData.getData('text'), max));
  };
  // The notice stays until the user types on, so it can be read after the paste.
  const onKeyDown = (e: KeyboardEvent<TextControl>) => {
    if (cut > 0 && !e.ctrlKey && !e.metaKey) setCut(0);
  };
  const counter = max === undefined ? '' : lengthCounter(value.length, max);
  const note =
    max === undefined || (!counter && cut === 0) ? null : (
      <span className="field-length" data-testid="field-length">
        {cut > 0 && (
          <span className="field-cut" role="status">
            {cutNotice(cut, max)}
          </span>
        )}
        {counter && (
          <span className="field-counter" aria-label={`${counter} characters`}>
            {counter}
          </span>
        )}
      </span>
    );
  return { onPaste, onKeyDown, note };
}
