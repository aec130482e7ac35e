import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { hotelDoc, richDoc } from '../../test/unit/dataFixtures';
import { emptyDoc } from '../model/doc';
import { ENTITY_TABLES } from '../model/entityKit';
import { createLifecycleProject } from '../model/templates';
import { exportProjectJson } from './json';
import { JSON_FORMAT_VERSION, waylineJsonSchema } from './jsonFormat';

const committedSchema = JSON.parse(
  readFileSync(new URL('../../schema/wayline-project.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(committedSchema);
}

describe('JSON export', () => {
  it('the committed JSON Schema is the one generated from the zod schema (npm run schema)', () => {
    expect(committedSchema).toEqual(waylineJsonSchema());
  });

  it('exports the worked example and a lifecycle project that the committed schema accepts', () => {
    const validate = validator();
    const docs = [
      hotelDoc(),
      createLifecycleProject('Lifecycle', '2025-02-03T10:00:00Z'),
      richDoc(),
    ];
    for (const doc of docs) {
      const file: unknown = JSON.parse(
        exportProjectJson(doc, { scope: 'project' }, { exportedAt: '2025-03-01T12:00:00Z' }),
      );
      const ok = validate(file);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema refuses what the app would refuse: an out-of-range emotion, an unknown key', () => {
    const validate = validator();
    const file = JSON.parse(exportProjectJson(hotelDoc(), { scope: 'project' })) as {
      touchpoints: Record<string, unknown>[];
    };
    file.touchpoints[0]!.emotion = 3;
    expect(validate(file)).toBe(false);
    file.touchpoints[0]!.emotion = 0;
    file.touchpoints[0]!.colour = 'red';
    expect(validate(file)).toBe(false);
  });

  it('writes the envelope and every table of the project, in order', () => {
    const doc = hotelDoc();
    const file = JSON.parse(exportProjectJson(doc, { scope: 'project' })) as Record<
      string,
      { length: number; [k: number]: { name?: string } }
    >;
    expect(file.format).toBe('wayline');
    expect(file.formatVersion).toBe(JSON_FORMAT_VERSION);
    expect(file).not.toHaveProperty('exportedAt');
    // The tables follow the header, parents before children (the order an import inserts them in).
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'project', ...ENTITY_TABLES]);
    expect(file.stages![0]!.name).toBe('Plan');
    expect(file.stages!.length).toBe(Object.keys(doc.stages).length);
    expect(file.touchpoints!.length).toBe(Object.keys(doc.touchpoints).length);
    expect(file.connections!.length).toBe(Object.keys(doc.connections).length);
  });

  it('a journey export holds only that journey, its rows and its persona', () => {
    const doc = richDoc();
    const lifecycle = Object.values(doc.journeys).find((j) => j.name === 'Customer journey')!;
    const future = Object.values(doc.journeys).find((j) => j.state === 'future')!;
    const one = JSON.parse(exportProjectJson(doc, { scope: 'journey', journeyId: lifecycle.id }));
    expect(one.journeys).toHaveLength(1);
    expect(one.personas).toHaveLength(0);
    expect(one.stages).toHaveLength(8);
    for (const table of ['stages', 'lanes', 'touchpoints', 'connections', 'cardLinks']) {
      for (const row of one[table]) expect(row.journeyId).toBe(lifecycle.id);
    }
    const withPersona = JSON.parse(
      exportProjectJson(doc, { scope: 'journey', journeyId: future.id }),
    );
    expect(withPersona.personas.map((p: { name: string }) => p.name)).toEqual(['Maya Okafor']);
    // Its current-state journey is not in the file, so the link is not either.
    expect(withPersona.journeys[0].currentJourneyId).toBeNull();
    expect(validator()(withPersona)).toBe(true);
  });

  it('refuses a journey that is not there', () => {
    expect(() =>
      exportProjectJson(emptyDoc('x', 'now'), { scope: 'journey', journeyId: 'nope' }),
    ).toThrow(/No journey/);
  });
});
