// `node bench/run.mjs survey`: the survey benchmark of issue 14. It prints figures; it asserts
// nothing. Imports 100,000 survey answers (CSV, long format) into a project file, opens the file
// again, and recomputes the metrics after one edit, each against its target.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectStore, openProjectStore } from '../../electron/backend/projectStore';
import { syntheticJourney } from '../../shared/export/svg/exampleDocs';
import {
  journeySurveyMetrics,
  surveyMetricsByCard,
} from '../../shared/insights/journeySurveyMetrics';
import { guessMapping } from '../../shared/import/survey/mapping';
import { planSurveyImport } from '../../shared/import/survey/plan';
import { readSurveyCsv } from '../../shared/import/survey/sheet';
import { holdsTouchpoints } from '../../shared/model/laneKinds';
import type { ProjectDoc, RowSet } from '../../shared/model/types';
import { applyOp } from '../../shared/ops/applyOp';
import { log } from '../harness';
import { formatTable, machine, writeResults, type Row } from '../report';
import { median, p95, round } from '../stats';

const ANSWERS = 100_000;
const EDITS = 15;
const OPENS = 5;

function time<T>(run: () => T): [number, T] {
  const start = performance.now();
  const value = run();
  return [performance.now() - start, value];
}

const METRICS = [
  ['NPS', 11, 0],
  ['CSAT', 5, 1],
  ['CES', 7, 1],
  ['Needs met', 5, 1],
] as const;

/** A long-format CSV of `count` answers over the cards, one in ten with a comment. */
function answersCsv(titles: readonly string[], count: number, comments = true): string {
  const lines = ['Touchpoint,Metric,Score,Respondent,Comment,Date'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const [metric, range, min] = METRICS[next() % METRICS.length]!;
    const comment = comments && i % 10 === 0 ? `Comment ${i}` : '';
    const title = titles[next() % titles.length]!;
    lines.push(
      `${title},${metric},${min + (next() % range)},R${i % 5000},${comment},2026-11-0${1 + (i % 9)}`,
    );
  }
  return lines.join('\n');
}

function rowsOf(doc: ProjectDoc): RowSet {
  const { info: _info, ...tables } = doc;
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => [table, Object.values(rows)]),
  ) as RowSet;
}

export async function runBench(root: string): Promise<void> {
  const { doc: base, journeyId } = syntheticJourney({ stages: 8, touchpointsPerStage: 10 });
  const lanes = new Set(
    Object.values(base.lanes)
      .filter((l) => holdsTouchpoints(l.kind))
      .map((l) => l.id),
  );
  const cards = Object.values(base.touchpoints).filter((t) => lanes.has(t.laneId));
  const csv = answersCsv(
    cards.map((c) => c.title),
    ANSWERS,
  );
  log(
    `journey: ${cards.length} touchpoints in 8 stages; ${ANSWERS.toLocaleString('en')} answers, CSV ${round(csv.length / 1e6, 1)} MB`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'wayline-survey-bench-'));
  const file = join(dir, 'survey.wayline');
  const plain = join(dir, 'plain.wayline');
  createProjectStore(file, 'Survey bench', new Date(), { rows: rowsOf(base) }).close();
  createProjectStore(plain, 'Survey bench', new Date(), { rows: rowsOf(base) }).close();

  // The whole import as the app and the CLI do it: read, check every row, plan, write.
  const store = openProjectStore(file);
  const start = performance.now();
  const [readMs, sheet] = time(() => {
    const read = readSurveyCsv(csv, 64 * 1024 * 1024);
    if (!read.ok) throw new Error(read.error.message);
    return read.value;
  });
  const [planMs, plan] = time(() =>
    planSurveyImport(store.doc, journeyId, sheet, guessMapping(sheet.headers, cards), {
      fileName: 'answers.csv',
    }),
  );
  if (!plan.ok) throw new Error(plan.error.map((p) => p.message).join('\n'));
  const [writeMs] = time(() => store.apply([{ type: 'insertRows', rows: plan.value.rows }]));
  const importMs = performance.now() - start;
  const imported = store.doc;
  store.close();

  // The same answers without comments (so without 10,000 quotes), for the open below.
  const bare = join(dir, 'bare.wayline');
  createProjectStore(bare, 'Survey bench', new Date(), { rows: rowsOf(base) }).close();
  const bareStore = openProjectStore(bare);
  const bareCsv = readSurveyCsv(
    answersCsv(
      cards.map((c) => c.title),
      ANSWERS,
      false,
    ),
    64 << 20,
  );
  if (!bareCsv.ok) throw new Error(bareCsv.error.message);
  const barePlan = planSurveyImport(
    bareStore.doc,
    journeyId,
    bareCsv.value,
    guessMapping(bareCsv.value.headers, cards),
    { fileName: 'bare.csv' },
  );
  if (!barePlan.ok) throw new Error('bare import refused');
  bareStore.apply([{ type: 'insertRows', rows: barePlan.value.rows }]);
  bareStore.close();

  // Opening the file with and without the answers.
  const opens: number[] = [];
  const bareOpens: number[] = [];
  const plainOpens: number[] = [];
  for (let i = 0; i <= OPENS; i++) {
    const [withMs, s] = time(() => openProjectStore(file));
    s.close();
    const [bareMs, b] = time(() => openProjectStore(bare));
    b.close();
    if (i > 0) bareOpens.push(bareMs);
    const [withoutMs, p] = time(() => openProjectStore(plain));
    p.close();
    if (i === 0) continue;
    opens.push(withMs);
    plainOpens.push(withoutMs);
  }

  // One edit (a card moves to the next stage, so stage pooling changes), then every card's and
  // stage's metrics as the canvas, inspector and insights read them.
  const recompute: number[] = [];
  const full: number[] = [];
  let doc = imported;
  journeySurveyMetrics(doc, journeyId);
  for (let i = 0; i < EDITS; i++) {
    const card = cards[(i * 7) % cards.length]!;
    const stage = cards[(i * 7 + 13) % cards.length]!.stageId;
    doc = applyOp(doc, {
      type: 'moveTouchpoint',
      id: card.id,
      stageId: stage,
      laneId: card.laneId,
      at: { index: 0 },
    }).doc;
    recompute.push(
      time(() => {
        surveyMetricsByCard(doc);
        return journeySurveyMetrics(doc, journeyId);
      })[0],
    );
    // Without the per-row tallies kept: every score counted again (a fresh copy of each row).
    const fresh = {
      ...doc,
      surveyAnswers: Object.fromEntries(
        Object.entries(doc.surveyAnswers).map(([k, v]) => [k, { ...v }]),
      ),
    };
    full.push(time(() => journeySurveyMetrics(fresh, journeyId))[0]);
  }
  rmSync(dir, { recursive: true, force: true });

  const targetNote = (value: number, target: number) => `${round(value / target, 3)}x of target`;
  const rows: Row[] = [
    {
      measure: `import 100,000 answers (read, check, plan, write)`,
      ours: importMs,
      baseline: null,
      target: { on: 'ours', max: 5000, label: '< 5 s' },
      note: `${targetNote(importMs, 5000)}; read ${round(readMs)} ms, check and plan ${round(planMs)} ms, write ${round(writeMs)} ms`,
    },
    {
      measure: `open with them and 10,000 comments as quotes (median of ${OPENS})`,
      ours: median(opens),
      baseline: median(plainOpens),
      target: null,
      note: 'baseline: the same project without answers',
    },
    {
      measure: `open with the answers but no comments (median of ${OPENS})`,
      ours: median(bareOpens),
      baseline: median(plainOpens),
      target: null,
      note: 'the same 100,000 answers, no quotes; baseline: no answers',
    },
    {
      measure: `metrics after an edit (median of ${EDITS})`,
      ours: median(recompute),
      baseline: median(full),
      target: { on: 'ours', max: 50, label: '< 50 ms' },
      note: `${targetNote(median(recompute), 50)}; baseline: every score tallied again`,
    },
    {
      measure: `metrics after an edit (p95 of ${EDITS})`,
      ours: p95(recompute),
      baseline: null,
      target: null,
    },
  ];
  log(formatTable(rows, { notes: true }));
  writeResults(join(root, 'bench', 'survey-results.json'), rows, machine('n/a (no browser)'), {
    answers: ANSWERS,
    touchpoints: cards.length,
    answerRows: plan.value.rows.surveyAnswers.length,
    quotes: plan.value.rows.quotes.length,
  });
}
