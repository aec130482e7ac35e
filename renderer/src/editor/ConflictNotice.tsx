import { useDocument, useDocumentStore } from './documentContext';
import { getEntity } from '../../../shared/model/doc';
import type { EntityTable, ProjectDoc } from '../../../shared/model/types';
import type { SyncConflict } from '../../../shared/sync/rebase';

/** A field's name in words: `title` -> "title", `momentOfTruth` -> "moment of truth". */
function fieldWords(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as the notice shows it: text in quotes, nothing as "empty". */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string') return `“${value.length > 80 ? `${value.slice(0, 80)}…` : value}”`;
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'empty';
  return String(value);
}

/** A field of a row as this window shows it now (the person may still be typing in it). */
function currentValue(doc: ProjectDoc, c: SyncConflict): unknown {
  const row =
    c.table === 'info'
      ? doc.info
      : (getEntity(doc, c.table as EntityTable, c.id) as Record<string, unknown> | undefined);
  return row && c.field in row ? (row as Record<string, unknown>)[c.field] : c.mine;
}

const NOUNS: Record<string, string> = {
  info: 'the project',
  journeys: 'a journey',
  personas: 'a persona',
  stages: 'a stage',
  lanes: 'a lane',
  touchpoints: 'a card',
  connections: 'an arrow',
};

/** What the line calls the row: by its name, unless its name is what is in conflict. */
function rowName(doc: ProjectDoc, c: SyncConflict): string {
  if (c.field === 'title' || c.field === 'name') return NOUNS[c.table] ?? 'a row';
  const row = c.table === 'info' ? undefined : getEntity(doc, c.table as EntityTable, c.id);
  const name = row && ('title' in row ? row.title : 'name' in row ? row.name : undefined);
  return typeof name === 'string' && name ? `“${name}”` : `“${c.label}”`;
}

function ConflictLine({ conflict: c }: { conflict: SyncConflict }) {
  const mine = useDocument((s) => currentValue(s.doc, c));
  const name = useDocument((s) => rowName(s.doc, c));
  const conflict = { ...c, mine };
  const gone = conflict.theirs === undefined;
  return (
    <li data-testid="conflict-line">
      {gone ? (
        <>
          “{conflict.label}” was deleted in another window; your {fieldWords(conflict.field)}{' '}
          {shown(conflict.mine)} could not be kept there.
        </>
      ) : (
        <>
          The {fieldWords(conflict.field)} of {name}: another window saved{' '}
          <strong>{shown(conflict.theirs)}</strong>, you have{' '}
          <strong>{shown(conflict.mine)}</strong>.
        </>
      )}
    </li>
  );
}

/**
 * Shown when this window and another changed the same field: this window's values stay on
 * screen and unsent until the person keeps them or takes the other window's. Nothing is lost
 * meanwhile, and editing goes on.
 */
export function ConflictNotice() {
  const store = useDocumentStore();
  const conflicts = useDocument((s) => s.conflicts);
  if (conflicts.length === 0) return null;
  const choosable = conflicts.some((c) => c.theirs !== undefined);
  return (
    <section className="banner conflict" role="alert" aria-label="Conflicting changes">
      <div>
        <strong>Another window changed what you were editing.</strong>
        <ul>
          {conflicts.map((c) => (
            <ConflictLine key={c.key} conflict={c} />
          ))}
        </ul>
      </div>
      <div className="conflict-choices">
        {choosable && (
          <button type="button" onClick={() => store.getState().resolveConflicts('mine')}>
            Keep mine
          </button>
        )}
        <button type="button" onClick={() => store.getState().resolveConflicts('theirs')}>
          {choosable ? 'Take theirs' : 'OK'}
        </button>
      </div>
    </section>
  );
}
