import { createContext, createElement, useContext, type ReactNode } from 'react';
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

const ReadOnlyContext = createContext<boolean | null>(null);

/**
 * Subscribes once to whether the document is read-only and hands it down: every control of
 * every card on the map asks, and a subscription of each would be a selector run on every
 * change of the store (a keystroke's edit and save make three or four).
 */
function ReadOnlyProvider({ children }: { children: ReactNode }) {
  const readOnly = useDocument(isReadOnly);
  return createElement(ReadOnlyContext.Provider, { value: readOnly }, children);
}

/** The open document's store for everything inside, and its read-only flag subscribed once. */
export function DocumentProvider({
  store,
  children,
}: {
  store: DocumentStore;
  children: ReactNode;
}) {
  return createElement(
    DocumentStoreContext.Provider,
    { value: store },
    createElement(ReadOnlyProvider, null, children),
  );
}

export function useReadOnly(): boolean {
  const given = useContext(ReadOnlyContext);
  const store = useDocumentStore();
  // Outside a provider (a component rendered alone) the store is asked as it is now.
  return given ?? isReadOnly(store.getState());
}
