import { useEffect, type RefObject } from 'react';
import { useDocument, useDocumentStore } from '../documentContext';
import type { DocumentState } from '../documentStore';

type Field = NonNullable<DocumentState['focusRequest']>['field'];

/** Focuses (and selects) a field when an action just asked for it, e.g. a card just added. */
export function useFocusRequest(
  id: string,
  field: Field,
  ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
): void {
  const store = useDocumentStore();
  const request = useDocument((s) => s.focusRequest);
  useEffect(() => {
    if (request?.id !== id || request.field !== field) return;
    ref.current?.focus();
    ref.current?.select();
    store.getState().requestFocus(null);
  }, [request, id, field, ref, store]);
}
