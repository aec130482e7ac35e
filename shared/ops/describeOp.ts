/**
 * What an edit did, in words: "change emotion of 'Reads reviews'", "delete 3 cards". Undo and
 * redo say it before they run ("Undo: change emotion of 'Reads reviews'"). Nouns come from the
 * entity descriptors (a card by its lane's card noun), field names from the inspector labels
 * the descriptors declare, and counts from shared/text/plural.ts.
 */
import { descriptorOf, ENTITY_TABLES, type EntityTable } from '../model/entities';
import { getEntity } from '../model/doc';
import { LANE_CARD_NOUNS } from '../model/laneKinds';
import type { ProjectDoc } from '../model/types';
import { countOf } from '../text/plural';
import type { Op, SingleOp } from './schema';

const UPDATE_TABLES = {
  updateJourney: 'journeys',
  updatePersona: 'personas',
  updateStage: 'stages',
  updateLane: 'lanes',
  updateTouchpoint: 'touchpoints',
  updateConnection: 'connections',
  updateSource: 'sources',
  updateQuote: 'quotes',
} as const satisfies Partial<Record<SingleOp['type'], EntityTable>>;

const MOVE_TABLES = {
  moveJourney: 'journeys',
  moveStage: 'stages',
  moveLane: 'lanes',
  moveTouchpoint: 'touchpoints',
  moveQuote: 'quotes',
} as const satisfies Partial<Record<SingleOp['type'], EntityTable>>;

/** Which table leads when rows of several are added or deleted together (a journey's stages). */
const LEAD_ORDER: readonly EntityTable[] = [
  'journeys',
  'personas',
  'stages',
  'lanes',
  'touchpoints',
  'connections',
  'sources',
  'quotes',
  'citations',
  'attachments',
];

type Row = Record<string, unknown> & { id: string };

/** Rows an op carries whole (added cards, rows a delete's inverse puts back), by id. */
function carriedRows(ops: readonly SingleOp[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const op of ops) {
    if (op.type === 'addStage') rows.set(op.stage.id, op.stage);
    if (op.type === 'addLane') rows.set(op.lane.id, op.lane);
    if (op.type === 'addTouchpoint') rows.set(op.touchpoint.id, op.touchpoint);
    if (op.type === 'insertRows')
      for (const table of ENTITY_TABLES)
        for (const row of (op.rows[table] ?? []) as Row[]) rows.set(row.id, row);
  }
  return rows;
}

const flatten = (op: Op): SingleOp[] => (op.type === 'batch' ? op.ops : [op]);

/** Looks rows up in the document, then in the ops (a deleted or not yet added row). */
interface Lookup {
  row(table: EntityTable, id: string): Row | undefined;
}

function lookupIn(doc: ProjectDoc, ops: readonly SingleOp[]): Lookup {
  const carried = carriedRows(ops);
  return {
    row: (table, id) => (getEntity(doc, table, id) as Row | undefined) ?? carried.get(id),
  };
}

/** "touchpoint", or a card's lane's noun: "pain point". */
function nounOf(table: EntityTable, row: Row | undefined, look: Lookup): string {
  if (table === 'touchpoints' && row) {
    const lane = look.row('lanes', String(row.laneId));
    const kind = lane?.kind as keyof typeof LANE_CARD_NOUNS | undefined;
    if (kind && kind in LANE_CARD_NOUNS) return LANE_CARD_NOUNS[kind].toLowerCase();
  }
  return descriptorOf(table).noun;
}

const MAX_NAME = 40;

/** A row as words name it: its name or title in quotes, cut when long, or "untitled stage". */
function nameOf(table: EntityTable, id: string, look: Lookup): string {
  const row = look.row(table, id);
  const noun = nounOf(table, row, look);
  // A quote is named by its words, a citation by the source it cites, a file by its name.
  const cited = table === 'citations' && row ? look.row('sources', String(row.sourceId)) : row;
  const raw = cited
    ? String(cited.title ?? cited.name ?? cited.label ?? cited.text ?? cited.fileName ?? '').trim()
    : '';
  if (table === 'connections') return raw ? `connection '${cut(raw)}'` : 'connection';
  return raw ? `'${cut(raw)}'` : `untitled ${noun}`;
}

const cut = (text: string) =>
  text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1).trimEnd()}…` : text;

/** A field as the inspector labels it, in lower case: "emotion", "owner / department". */
function fieldName(table: EntityTable, name: string): string {
  const spec = descriptorOf(table).fields[name];
  // Without a label, the field's own name in words: "sourceId" is "source".
  const words = name.replace(/Id$/, '').replace(/([A-Z])/g, ' $1');
  return (spec?.inspector?.label ?? words).toLowerCase();
}

const listed = (words: readonly string[]) =>
  words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** Rows of a row set or id set, by the table that leads: "journey 'Trip'", "3 cards". */
function rowsPhrase(ids: Partial<Record<EntityTable, readonly string[]>>, look: Lookup): string {
  const table = LEAD_ORDER.find((t) => (ids[t]?.length ?? 0) > 0);
  if (!table) return 'nothing';
  const list = ids[table]!;
  if (list.length === 1) {
    const noun = nounOf(table, look.row(table, list[0]!), look);
    const name = nameOf(table, list[0]!, look);
    return table === 'connections' ? name : `${noun} ${name}`;
  }
  return table === 'touchpoints'
    ? countOf(list.length, 'card')
    : countOf(list.length, descriptorOf(table).noun);
}

function describeSingle(op: SingleOp, look: Lookup): string {
  switch (op.type) {
    case 'updateProject':
      return 'rename the project';
    case 'insertRows': {
      const ids = Object.fromEntries(
        ENTITY_TABLES.map((t) => [t, ((op.rows[t] ?? []) as Row[]).map((r) => r.id)]),
      );
      return `add ${rowsPhrase(ids, look)}`;
    }
    case 'deleteRows':
      return `delete ${rowsPhrase(op.ids, look)}`;
    case 'addStage':
      return `add stage ${nameOf('stages', op.stage.id, look)}`;
    case 'addLane':
      return `add lane ${nameOf('lanes', op.lane.id, look)}`;
    case 'addTouchpoint': {
      const t = op.touchpoint.id;
      return `add ${nounOf('touchpoints', look.row('touchpoints', t), look)} ${nameOf('touchpoints', t, look)}`;
    }
    default:
      break;
  }
  if (op.type in MOVE_TABLES) {
    const table = MOVE_TABLES[op.type as keyof typeof MOVE_TABLES];
    return `move ${nameOf(table, (op as { id: string }).id, look)}`;
  }
  const table = UPDATE_TABLES[op.type as keyof typeof UPDATE_TABLES];
  const { id, patch } = op as { id: string; patch: Record<string, unknown> };
  const fields = Object.keys(patch).map((f) => fieldName(table, f));
  return `change ${listed(fields)} of ${nameOf(table, id, look)}`;
}

/** The same edit of several rows at once: "change emotion of 3 cards", "move 2 cards". */
function describeMany(ops: readonly SingleOp[]): string | null {
  const first = ops[0]!;
  if (!ops.every((o) => o.type === first.type)) return null;
  const table =
    UPDATE_TABLES[first.type as keyof typeof UPDATE_TABLES] ??
    MOVE_TABLES[first.type as keyof typeof MOVE_TABLES];
  if (!table) return null;
  const rows =
    table === 'touchpoints'
      ? countOf(ops.length, 'card')
      : countOf(ops.length, descriptorOf(table).noun);
  if (first.type.startsWith('move')) return `move ${rows}`;
  const fields = new Set(ops.flatMap((o) => Object.keys((o as { patch: object }).patch)));
  return `change ${listed([...fields].map((f) => fieldName(table, f)))} of ${rows}`;
}

/**
 * What `op` does, in words, for the undo and redo labels. `doc` is the document either side of
 * it; `other` is the op's inverse (or forward op), whose carried rows name deleted things.
 */
export function describeOp(doc: ProjectDoc, op: Op, other?: Op): string {
  const ops = flatten(op);
  const look = lookupIn(doc, [...ops, ...(other ? flatten(other) : [])]);
  if (ops.length === 1) return describeSingle(ops[0]!, look);
  // A batch whose ops differ (an add and its placement) is told by what leads it.
  return describeMany(ops) ?? describeSingle(ops[0]!, look);
}

/** The journey an edit belongs to, when it belongs to one that `doc` (or the op) knows. */
export function journeyOfOp(doc: ProjectDoc, op: Op, other?: Op): string | undefined {
  const ops = flatten(op);
  const look = lookupIn(doc, [...ops, ...(other ? flatten(other) : [])]);
  for (const single of ops) {
    const table =
      UPDATE_TABLES[single.type as keyof typeof UPDATE_TABLES] ??
      MOVE_TABLES[single.type as keyof typeof MOVE_TABLES];
    if (table === 'journeys') return (single as { id: string }).id;
    if (table && table !== 'personas') {
      const row = look.row(table, (single as { id: string }).id);
      if (typeof row?.journeyId === 'string') return row.journeyId;
    }
    const carried = [...carriedRows([single]).values()].find(
      (r) => typeof r.journeyId === 'string',
    );
    if (carried) return carried.journeyId as string;
    if (single.type === 'deleteRows') {
      for (const t of ['stages', 'lanes', 'touchpoints', 'connections'] as const) {
        const id = single.ids[t]?.[0];
        const row = id ? look.row(t, id) : undefined;
        if (typeof row?.journeyId === 'string') return row.journeyId;
      }
    }
  }
  return undefined;
}
