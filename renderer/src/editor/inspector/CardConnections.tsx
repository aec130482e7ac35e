import { memo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { connectionsOf, getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { Connection, ConnectionKind } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { useCommandContext } from '../palette/commandContext';
import { commandById, keyHint } from '../commands';
import { KIND_OPTIONS } from './ConnectionInspector';
import { SelectField, TextField } from './fields';

/**
 * A card's arrows, in and out, each with its label, kind and Delete, and "Connect to…": the
 * arrows of the map edited without a mouse. Memoised: a keystroke in the card's title leaves it
 * as it is (its own selectors see other cards' titles change).
 */
export const CardConnections = memo(function CardConnections({ cardId }: { cardId: string }) {
  const store = useDocumentStore();
  const ctx = useCommandContext();
  const connections = useDocument(
    useShallow((s) =>
      connectionsOf(s.doc, s.journeyId).filter((c) => c.fromId === cardId || c.toId === cardId),
    ),
  );
  const titles = useDocument(
    useShallow((s) =>
      connections.map((c) => {
        const other = getEntity(s.doc, 'touchpoints', c.fromId === cardId ? c.toId : c.fromId);
        return other?.title || 'Untitled';
      }),
    ),
  );
  const connectButton = useRef<HTMLButtonElement>(null);
  const connect = commandById('connect-to');
  const connectKey = keyHint(connect);

  const remove = (c: Connection) => {
    store.getState().dispatch({ type: 'deleteRows', ids: { connections: [c.id] } });
    // The row goes, and its Delete button with it: the focus stays in the list.
    connectButton.current?.focus();
  };

  return (
    <section className="card-connections" aria-label="Connections">
      <h3 className="inspector-subheading">Connections</h3>
      {connections.length === 0 && (
        <p className="inspector-note">No arrows to or from this card.</p>
      )}
      <ul className="connection-list">
        {connections.map((c, i) => {
          const out = c.fromId === cardId;
          const name = `${out ? 'to' : 'from'} ${titles[i] ?? ''}`;
          return (
            <li key={c.id} className="connection-row">
              <p className="connection-row-title">
                <span aria-hidden="true">{out ? '→' : '←'}</span> Arrow {name}
              </p>
              <TextField
                label={`Label of the arrow ${name}`}
                value={c.label}
                maxLength={LIMITS.title}
                placeholder="e.g. Key fails"
                onChange={(label) =>
                  store
                    .getState()
                    .dispatch(
                      { type: 'updateConnection', id: c.id, patch: { label } },
                      { mergeKey: `connection-label:${c.id}` },
                    )
                }
              />
              <SelectField
                label={`Kind of the arrow ${name}`}
                value={c.kind}
                options={KIND_OPTIONS}
                onChange={(kind) =>
                  store.getState().dispatch({
                    type: 'updateConnection',
                    id: c.id,
                    patch: { kind: kind as ConnectionKind },
                  })
                }
              />
              <button type="button" className="secondary-button" onClick={() => remove(c)}>
                Delete arrow {name}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        ref={connectButton}
        type="button"
        className="secondary-button"
        disabled={!connect.enabled(ctx)}
        onClick={() => connect.run(ctx)}
      >
        Connect to…{connectKey && <kbd className="button-shortcut">{connectKey}</kbd>}
      </button>
    </section>
  );
});
