import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { round } from './stats';

export interface Target {
  on: 'ours' | 'ratio';
  max: number;
  label: string;
}

export interface Row {
  measure: string;
  /** ms, or a plain number when `unit` says so. */
  ours: number;
  baseline: number | null;
  /** What "met" is judged on; with several targets, met means every one is. */
  target: Target | readonly Target[] | null;
  /** Targets that only count where the baseline itself manages them (frame times). */
  onlyWhereBaselineMeets?: boolean;
  note?: string;
  /** 'count': a number of things (DOM nodes, commits, MB), printed without "ms". */
  unit?: 'count';
}

const ratioOf = (row: Row) => (row.baseline ? row.ours / row.baseline : null);

const targetsOf = (row: Row): readonly Target[] =>
  row.target === null ? [] : 'on' in row.target ? [row.target] : row.target;

const targetLabel = (row: Row) =>
  targetsOf(row)
    .map((t) => t.label)
    .join(' and ') || null;

function verdictOn(row: Row, target: Target): string {
  const value = target.on === 'ratio' ? ratioOf(row) : row.ours;
  if (value === null) return '?';
  if (value <= target.max) return 'yes';
  if (row.onlyWhereBaselineMeets && row.baseline !== null && row.baseline > target.max)
    return 'n/a (baseline misses it too)';
  return 'no';
}

function verdict(row: Row): string {
  const verdicts = targetsOf(row).map((t) => verdictOn(row, t));
  if (verdicts.length <= 1) return verdicts[0] ?? '';
  if (verdicts.every((v) => v === 'yes')) return 'yes';
  // One verdict per target, in the order the label lists them, so a miss says which.
  return verdicts.join(' / ');
}

const ms = (v: number | null) => (v === null ? '-' : `${round(v, 2)} ms`);
const count = (v: number | null) => (v === null ? '-' : String(round(v, 1)));

/** `notes`: a last column with each row's note (what its baseline is, what it leaves out). */
export function formatTable(rows: readonly Row[], { notes = false } = {}): string {
  const header = ['measure', 'ours', 'baseline', 'ratio', 'target', 'met?'];
  if (notes) header.push('note');
  const cells = rows.map((r) => {
    const ratio = ratioOf(r);
    const value = r.unit === 'count' ? count : ms;
    const cells = [
      r.measure,
      value(r.ours),
      value(r.baseline),
      ratio === null ? '-' : `${round(ratio, 2)}x`,
      targetLabel(r) ?? '-',
      verdict(r),
    ];
    if (notes) cells.push(r.note ?? '');
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function machine(chromiumVersion: string) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: `${chromiumVersion} headless, --disable-gpu (software rendering)`,
    /** Other work on the machine skews every figure; ratios from the same run skew less. */
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  };
}

export function writeResults(
  path: string,
  rows: readonly Row[],
  machineInfo: object,
  details: object,
): void {
  const results = {
    date: new Date().toISOString(),
    machine: machineInfo,
    rows: rows.map((r) => ({
      measure: r.measure,
      oursMs: round(r.ours, 3),
      baselineMs: r.baseline === null ? null : round(r.baseline, 3),
      ratio: ratioOf(r) === null ? null : round(ratioOf(r)!, 3),
      target: targetLabel(r),
      met: verdict(r) || null,
      note: r.note ?? null,
    })),
    details,
  };
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
}
