import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { round } from './stats';

export interface Row {
  measure: string;
  /** ms, or a plain number when `unit` says so. */
  ours: number;
  baseline: number | null;
  /** What "met" is judged on. */
  target: { on: 'ours' | 'ratio'; max: number; label: string } | null;
  /** Targets that only count where the baseline itself manages them (frame times). */
  onlyWhereBaselineMeets?: boolean;
  note?: string;
}

const ratioOf = (row: Row) => (row.baseline ? row.ours / row.baseline : null);

function verdict(row: Row): string {
  if (!row.target) return '';
  const value = row.target.on === 'ratio' ? ratioOf(row) : row.ours;
  if (value === null) return '?';
  if (value <= row.target.max) return 'yes';
  if (row.onlyWhereBaselineMeets && row.baseline !== null && row.baseline > row.target.max)
    return 'n/a (baseline misses it too)';
  return 'no';
}

const ms = (v: number | null) => (v === null ? '-' : `${round(v, 2)} ms`);

export function formatTable(rows: readonly Row[]): string {
  const header = ['measure', 'ours', 'baseline', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => {
    const ratio = ratioOf(r);
    return [
      r.measure,
      ms(r.ours),
      ms(r.baseline),
      ratio === null ? '-' : `${round(ratio, 2)}x`,
      r.target?.label ?? '-',
      verdict(r),
    ];
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
      target: r.target?.label ?? null,
      met: verdict(r) || null,
      note: r.note ?? null,
    })),
    details,
  };
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
}
