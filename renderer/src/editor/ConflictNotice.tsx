import { useMemo } from 'react';
import { useDocument, useDocumentStore } from './documentContext';
import { getEntity } from '../../../shared/model/doc';
import type { EntityTable, ProjectDoc } from '../../../shared/model/types';
import { effortWord, emotionLevel } from '../../../shared/model/scales';
import { planRestore } from '../../../shared/sync/keepDeleted';
import { rowKey, WHOLE_ROW } from '../../../shared/sync/footprint';
import type { SyncConflict } from '../../../shared/sync/rebase';

/** A field's name in words: `title` -> "title", `momentOfTruth` -> "moment of truth". */
function fieldWords(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as the notice shows it: text in quotes, nothing as "empty". */
function shown(value: unknown, field = ''): string {
  // Ratings read as the card says them, never as bare numbers.
  if (field === 'emotion' || field === 'effort') {
    if (typeof value !== 'number') return 'not rated';
    return field === 'emotion' ? emotionLevel(value).word : `${effortWord(value)} effort`;
  }
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
  return (
    <li data-testid="conflict-line">
      The {fieldWords(c.field)} of {name}: another window saved{' '}
      <strong>{shown(c.theirs, c.field)}</strong>, you have <strong>{shown(mine, c.field)}</strong>.
    </li>
  );
}

/** Where "Keep mine" would put a deleted row back, when not where it was (or why it cannot). */
function restoreNote(doc: ProjectDoc, c: SyncConflict): string {
  return c.restore ? planRestore(doc, [c.restore]).said.join(' ') : '';
}

/** A row the other window deleted, with every field this window changed in it: one line. */
function DeletedLine({ conflicts }: { conflicts: SyncConflict[] }) {
  const first = conflicts[0]!;
  // Planned again only when the document changes: a selector would plan (and try the insert on
  // the whole document) at every change of the store, three a keystroke.
  const doc = useDocument((s) => s.doc);
  const note = useMemo(() => restoreNote(doc, first), [doc, first]);
  const changes = conflicts
    .filter((c) => c.field !== WHOLE_ROW)
    .map((c) => `its ${fieldWords(c.field)} to ${shown(c.mine, c.field)}`);
  // Only the whole row in conflict: this window made it, and its place was deleted there.
  const said = changes.length
    ? `“${first.label}” was deleted in another window, where you had changed ${changes.join(' and ')}.`
    : `You added “${first.label}”, and another window deleted where it was.`;
  return <li data-testid="conflict-line">{note ? `${said} ${note}` : said}</li>;
}

/** The notice's lines: a changed field each, a deleted row once with all its fields. */
function linesOf(conflicts: readonly SyncConflict[]): SyncConflict[][] {
  const lines = new Map<string, SyncConflict[]>();
  for (const c of conflicts) {
    const key = c.theirs === undefined ? rowKey(c.table as EntityTable | 'info', c.id) : c.key;
    lines.set(key, [...(lines.get(key) ?? []), c]);
  }
  return [...lines.values()];
}

/**
 * Shown when this window and another changed the same field, or the other deleted a row this
 * one edited: this window's values stay on screen (a deleted row is kept aside) and unsent until
 * the person keeps them or takes the other window's. Nothing is lost meanwhile.
 */
export function ConflictNotice() {
  const store = useDocumentStore();
  const conflicts = useDocument((s) => s.conflicts);
  if (conflicts.length === 0) return null;
  const choosable = conflicts.some((c) => c.theirs !== undefined || c.restore);
  const deleted = conflicts.some((c) => c.restore);
  return (
    <section className="banner conflict" role="alert" aria-label="Conflicting changes">
      <div>
        <strong>Another window changed what you were editing.</strong>
        <ul>
          {linesOf(conflicts).map((line) =>
            line[0]!.theirs === undefined ? (
              <DeletedLine key={line[0]!.key} conflicts={line} />
            ) : (
              <ConflictLine key={line[0]!.key} conflict={line[0]!} />
            ),
          )}
        </ul>
        {deleted && (
          <p className="conflict-hint">
            Keep mine puts back what was deleted, with your changes; Take theirs leaves it deleted.
          </p>
        )}
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
