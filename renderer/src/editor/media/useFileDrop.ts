import { type DragEvent, useMemo, useState } from 'react';
import { useDocumentStore } from '../documentContext';
import { attachFiles, filesOf } from './attachFiles';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** Files dragged from the desktop onto a card attach to it; the card shows it takes them. */
export function useFileDrop(cardId: string) {
  const store = useDocumentStore();
  const [over, setOver] = useState(false);
  const handlers = useMemo(
    () => ({
      onDragOver(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave() {
        setOver(false);
      },
      onDrop(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        store.getState().select({ kind: 'touchpoint', ids: [cardId] });
        void attachFiles(store, cardId, filesOf(e.dataTransfer));
      },
    }),
    [store, cardId],
  );
  return { over, handlers };
}
