import { useEffect } from 'react';
import type { DocumentStore } from '../documentStore';
import { attachFiles, filesOf } from './attachFiles';

const isTextEntry = (el: Element | null) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/**
 * Pasting files or a copied picture (a screenshot) attaches them to the selected card; and a
 * file dropped beside the cards is caught, so the browser never opens it in place of the app.
 */
export function useMediaPaste(store: DocumentStore): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = filesOf(e.clipboardData);
      const { selection } = store.getState();
      if (files.length === 0 || isTextEntry(document.activeElement)) return;
      if (selection?.kind !== 'touchpoint' || selection.ids.length !== 1) return;
      e.preventDefault();
      void attachFiles(store, selection.ids[0] as string, files);
    };
    const swallow = (e: DragEvent) => {
      if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, [store]);
}
