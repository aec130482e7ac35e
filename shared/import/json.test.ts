import { describe, expect, it } from 'vitest';
import { canonicalRows, hotelDoc, richDoc, withRows } from '../../test/unit/dataFixtures';
import { exportProjectJson } from '../export/json';
import { JSON_FORMAT_VERSION } from '../export/jsonFormat';
import { isNoteLane } from '../model/laneKinds';
import type { Lane, Touchpoint } from '../model/types';
import { emptyDoc, journeyList, personaList } from '../model/doc';
import { planJsonImport } from './json';
import { migrateToCurrent } from './migrations';

const empty = () => emptyDoc('Target', '2025-01-01T00:00:00Z');

function planned(text: string, target = empty()) {
  const plan = planJsonImport(text, target);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return plan.value;
}

describe('JSON import', () => {
  it('export then import into an empty project gives an equal project, ids aside', () => {
    const original = richDoc();
    const plan = planned(exportProjectJson(original, { scope: 'project' }));
    const imported = withRows(empty(), plan.rows);
    expect(canonicalRows(imported)).toEqual(canonicalRows(original));
    expect(plan.summary).toEqual({
      personas: 1,
      journeys: 3,
      stages: Object.keys(original.stages).length,
      lanes: Object.keys(original.lanes).length,
      touchpoints: Object.keys(original.touchpoints).length,
      connections: Object.keys(original.connections).length,
      cardLinks: Object.keys(original.cardLinks).length,
      implementations: Object.keys(original.implementations).length,
      sources: 0,
      quotes: 0,
      citations: 0,
      savedViews: 0,
      attachments: 0,
      surveyImports: 0,
      surveyAnswers: 0,
      surveyQuotes: 0,
    });
    expect(plan.warnings).toEqual([]);
  });

  it('mints new ids, so the same file imports twice into one project, after its journeys', () => {
    const source = hotelDoc();
    const text = exportProjectJson(source, { scope: 'project' });
    let target = source;
    target = withRows(target, planned(text, target).rows);
    target = withRows(target, planned(text, target).rows);
    const journeys = journeyList(target);
    expect(journeys).toHaveLength(3);
    expect(journeys.map((j) => j.name)).toEqual(Array(3).fill(journeys[0]!.name));
    expect(new Set(journeys.map((j) => j.orderKey)).size).toBe(3);
    expect(journeys[0]!.id).toBe(Object.keys(source.journeys)[0]);
    expect(personaList(target)).toHaveLength(3);
    // Each copy points at its own persona and its own cards.
    expect(new Set(journeys.map((j) => j.personaId)).size).toBe(3);
    for (const c of Object.values(target.connections)) {
      expect(target.touchpoints[c.fromId]!.journeyId).toBe(c.journeyId);
      expect(target.touchpoints[c.toId]!.journeyId).toBe(c.journeyId);
    }
  });

  it('links a future state to the imported copy of its current state', () => {
    const plan = planned(exportProjectJson(richDoc(), { scope: 'project' }));
    const journeys = plan.rows.journeys!;
    const future = journeys.find((j) => j.state === 'future')!;
    expect(journeys.map((j) => j.id)).toContain(future.currentJourneyId);
  });

  it('reads bytes as well as text, with or without a BOM', () => {
    const text = exportProjectJson(hotelDoc(), { scope: 'project' });
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(planJsonImport(bytes, empty()).ok).toBe(true);
  });

  it('refuses a file from a newer Wayline, and a missing or odd version', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    const errorsOf = (formatVersion: unknown) => {
      const plan = planJsonImport(JSON.stringify({ ...file, formatVersion }), empty());
      return plan.ok ? [] : plan.error.map((e) => `${e.where} ${e.code}: ${e.message}`).join('\n');
    };
    expect(errorsOf(JSON_FORMAT_VERSION + 1)).toMatch(
      /^formatVersion newer_version: .*made by a newer Wayline/,
    );
    expect(errorsOf(undefined)).toMatch(/^formatVersion no_version: .*no "formatVersion"/);
    expect(errorsOf('1')).toMatch(/^formatVersion bad_version: "formatVersion" is "1"/);
    expect(errorsOf(1.5)).toMatch(/^formatVersion bad_version: .*whole number/);
    expect(errorsOf(0)).toMatch(/^formatVersion bad_version: .*whole number/);
  });

  it('imports a version-1 file: its note cards lose the neutral ratings it wrote, touchpoints keep theirs', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    const noteLanes = new Set(
      file.lanes.filter((l: Lane) => isNoteLane(l.kind)).map((l: Lane) => l.id),
    );
    // Version 1 gave every card emotion 0 and effort 4 unless someone rated it.
    const v1 = {
      ...file,
      formatVersion: 1,
      touchpoints: file.touchpoints.map((t: Touchpoint) =>
        noteLanes.has(t.laneId) ? { ...t, emotion: 0, effort: 4 } : t,
      ),
    };
    expect(v1.touchpoints.some((t: Touchpoint) => noteLanes.has(t.laneId))).toBe(true);
    const plan = planJsonImport(JSON.stringify(v1), empty());
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.warnings.join('\n')).toMatch(/format version 1 and was updated/);
    const lanes = new Map(plan.value.rows.lanes!.map((l) => [l.id, l.kind]));
    const cards = plan.value.rows.touchpoints!;
    for (const t of cards) {
      if (isNoteLane(lanes.get(t.laneId)!)) expect([t.emotion, t.effort]).toEqual([null, null]);
    }
    const rated = cards.filter((t) => !isNoteLane(lanes.get(t.laneId)!));
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.every((t) => t.emotion !== null && t.effort !== null)).toBe(true);
  });

  it('walks an older file up the migration table one pure step at a time', () => {
    const steps = {
      1: (f: Record<string, unknown>) => ({ ...f, renamed: f.old, old: undefined }),
      2: (f: Record<string, unknown>) => ({ ...f, added: true }),
    };
    const result = migrateToCurrent({ formatVersion: 1, old: 'x' }, steps, 3);
    expect(result).toMatchObject({
      ok: true,
      value: { fromVersion: 1, file: { formatVersion: 3, renamed: 'x', added: true } },
    });
    expect(migrateToCurrent({ formatVersion: 1 }, {}, 2)).toMatchObject({
      ok: false,
      error: { code: 'unknown_version', where: 'formatVersion' },
    });
  });

  it('refuses JSON that is not a Wayline file', () => {
    const codes = ['[]', '"hello"', '{"format":"other","formatVersion":1}'].map((text) => {
      const plan = planJsonImport(text, empty());
      return plan.ok ? 'imported' : plan.error.map((e) => e.code).join();
    });
    expect(codes).toEqual(['not_object', 'not_object', 'not_wayline']);
  });

  it('refuses broken references and duplicate ids, naming where', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    file.touchpoints[1].id = file.touchpoints[0].id;
    file.connections[0].toId = 'nowhere';
    const plan = planJsonImport(JSON.stringify(file), empty());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.error.map((e) => `${e.where} ${e.code}`)).toEqual(
      expect.arrayContaining(['touchpoints[1].id duplicate_id', 'connections[0].toId missing_row']),
    );
  });

  it('refuses a journey with two emotion curve lanes, naming the second', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    const curve = file.lanes.findIndex((l: { kind: string }) => l.kind === 'emotion');
    expect(curve).toBeGreaterThanOrEqual(0);
    file.lanes.push({ ...file.lanes[curve], id: 'second-curve', name: 'Mood', orderKey: 'a9' });
    const plan = planJsonImport(JSON.stringify(file), empty());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.error).toEqual([
      {
        code: 'second_singleton',
        where: `lanes[${file.lanes.length - 1}].kind`,
        message: 'A journey has at most one emotion curve lane; "Mood" is a second one.',
      },
    ]);
  });

  it('drops a link to a persona that is not in the file, and says so', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    file.personas = [];
    const plan = planned(JSON.stringify(file));
    expect(plan.rows.journeys![0]!.personaId).toBeNull();
    expect(plan.warnings.join()).toMatch(/persona is not in the file/);
  });

  it('reads a file written before a field existed: the field takes its declared default', () => {
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' }));
    for (const t of file.touchpoints) {
      delete t.evidence;
      delete t.tags;
    }
    const plan = planned(JSON.stringify(file));
    expect(plan.rows.touchpoints!.length).toBeGreaterThan(0);
    for (const t of plan.rows.touchpoints!) expect(t).toMatchObject({ evidence: '', tags: [] });
  });
});
