import { getEntity, personaList } from '../../../../shared/model/doc';
import { makePersona } from '../../../../shared/model/factories';
import { newId } from '../../../../shared/model/ids';
import { nextPersonaColor } from '../../../../shared/model/personaColor';
import { orderKeysAt } from '../../../../shared/ops/position';
import type { DocumentStore } from '../documentStore';

/** A new persona at the end of the list, in a colour no other persona has yet. */
export function createPersona(store: DocumentStore): string | null {
  const personas = personaList(store.getState().doc);
  const id = newId();
  const persona = makePersona({
    id,
    name: 'New persona',
    color: nextPersonaColor(personas),
    orderKey: orderKeysAt(personas, personas.length, 1)[0] as string,
  });
  store.getState().dispatch({ type: 'insertRows', rows: { personas: [persona] } });
  return getEntity(store.getState().doc, 'personas', id) ? id : null;
}

/** Journeys that show this persona lose the link; the one undo step puts both back. */
export function deletePersona(store: DocumentStore, id: string): void {
  if (!getEntity(store.getState().doc, 'personas', id)) return;
  store.getState().dispatch({ type: 'deleteRows', ids: { personas: [id] } });
}
