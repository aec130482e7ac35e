import { getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { ConnectionKind } from '../../../../shared/model/types';
import { deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { InspectorHeading, SelectField, TextField } from './fields';

export const KIND_OPTIONS: { value: ConnectionKind; label: string }[] = [
  { value: 'path', label: 'Path' },
  { value: 'alternative', label: 'Alternative path' },
  { value: 'failure', label: 'Failure path' },
];

/** An arrow between two cards: its label and what kind of path it is. */
export function ConnectionInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const connection = useDocument((s) => getEntity(s.doc, 'connections', id));
  const fromTitle = useDocument((s) => cardTitle(s.doc, connection?.fromId));
  const toTitle = useDocument((s) => cardTitle(s.doc, connection?.toId));
  if (!connection) return null;
  const { dispatch, select } = store.getState();

  const endpoint = (label: string, cardId: string, title: string) => (
    <button
      type="button"
      className="endpoint"
      aria-label={`${label}: ${title}. Select that card`}
      onClick={() => select({ kind: 'touchpoint', ids: [cardId] })}
    >
      {title}
    </button>
  );

  return (
    <section className="inspector-section" aria-label="Connection">
      <InspectorHeading title="Connection" />
      <p className="connection-ends">
        {endpoint('From', connection.fromId, fromTitle)}
        <span aria-hidden="true">→</span>
        {endpoint('To', connection.toId, toTitle)}
      </p>
      <TextField
        label="Label"
        value={connection.label}
        maxLength={LIMITS.title}
        placeholder="e.g. Key fails"
        onChange={(label) =>
          dispatch(
            { type: 'updateConnection', id, patch: { label } },
            { mergeKey: `connection-label:${id}` },
          )
        }
      />
      <SelectField
        label="Kind"
        value={connection.kind}
        options={KIND_OPTIONS}
        onChange={(kind) =>
          dispatch({ type: 'updateConnection', id, patch: { kind: kind as ConnectionKind } })
        }
      />
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete connection
      </button>
    </section>
  );
}

function cardTitle(doc: Parameters<typeof getEntity>[0], id: string | undefined): string {
  if (!id) return '';
  const card = getEntity(doc, 'touchpoints', id);
  return card ? card.title || 'Untitled card' : 'Missing card';
}
