import { useStore } from 'zustand';
import { requiredContext } from '../components/requiredContext';
import type { DocumentState, DocumentStore } from './documentStore';

export const [DocumentStoreContext, useDocumentStore] = requiredContext<DocumentStore>(
  'useDocumentStore outside a document',
);

/** Subscribes to one slice of the open document's store. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useDocumentStore(), selector);
}

/** A project opened read-only: nothing that edits is offered. */
export const isReadOnly = (state: DocumentState): boolean => state.locked === 'read_only';

export function useReadOnly(): boolean {
  return useDocument(isReadOnly);
}
