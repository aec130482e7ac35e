import { generateKeyBetween } from 'fractional-indexing';
import { emptyDoc, putRow } from './doc';
import { futureStateOf } from './duplicateJourney';
import { newId } from './ids';
import { JOURNEY_TEMPLATES, journeyFromTemplate, type TemplateOptions } from './templates';
import { ENTITY_TABLES, type ProjectDoc, type RowSet, type Touchpoint } from './types';

function docOf(rows: RowSet): ProjectDoc {
  const doc = emptyDoc('template', '');
  for (const table of ENTITY_TABLES) {
    for (const row of rows[table] ?? []) putRow(doc[table] as Record<string, unknown>, row.id, row);
  }
  return doc;
}

function joined(a: RowSet, b: RowSet): RowSet {
  const out: RowSet = {};
  for (const table of ENTITY_TABLES) {
    const rows = [...(a[table] ?? []), ...(b[table] ?? [])];
    if (rows.length > 0) (out as Record<string, unknown[]>)[table] = rows;
  }
  return out;
}

/**
 * Everything a template makes: its journey, and when the template declares one, a future state
 * of it made as "Create future state" makes it (each card keeping its source card), with the
 * declared changes and the opportunities it implements. The journeys come first, in order.
 */
export function rowsFromTemplate(templateId: string, options: TemplateOptions): RowSet {
  const current = journeyFromTemplate(templateId, options);
  const spec = JOURNEY_TEMPLATES.find((t) => t.id === templateId);
  if (!spec?.futureState) return current;
  const makeId = options.makeId ?? newId;
  const journeyId = current.journeys?.[0]?.id as string;
  // journeyFromTemplate makes the cards in the order the template lists them.
  const idOfKey = (key: string) => {
    const index = (spec.cards ?? []).findIndex((c) => c.key === key);
    const card = current.touchpoints?.[index];
    if (!card) throw new Error(`Template ${templateId} has no card "${key}"`);
    return card.id;
  };
  const future = futureStateOf(docOf(current), journeyId, {
    orderKey: generateKeyBetween(options.orderKey, null),
    makeId,
  });
  const changes = new Map(
    Object.entries(spec.futureState.changes ?? {}).map(([key, change]) => [idOfKey(key), change]),
  );
  const futureId = future.journeys?.[0]?.id as string;
  const touchpoints = future.touchpoints?.map((t): Touchpoint => {
    const change = t.sourceId ? changes.get(t.sourceId) : undefined;
    if (!change) return t;
    const { stage: _stage, lane: _lane, key: _key, ...fields } = change;
    return { ...t, ...fields };
  });
  const implementations = spec.futureState.implements.map((key) => ({
    id: makeId(),
    journeyId: futureId,
    opportunityId: idOfKey(key),
  }));
  return joined(current, { ...future, touchpoints, implementations });
}
