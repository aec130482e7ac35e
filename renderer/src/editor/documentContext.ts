import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentState, DocumentStore } from './documentStore';

export const DocumentStoreContext = createContext<DocumentStore | null>(null);

export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore outside a document');
  return store;
}

/** Subscribes to one slice of the open document's store. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useDocumentStore(), selector);
}

/** A project opened read-only: nothing that edits is offered. */
export const isReadOnly = (state: DocumentState): boolean => state.locked === 'read_only';

export function useReadOnly(): boolean {
  return useDocument(isReadOnly);
}
