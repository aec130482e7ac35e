import type { ProjectDoc, RowSet, Source } from '../model/types';

const sameSource = (a: Source, b: Source) =>
  a.name === b.name && a.kind === b.kind && a.date === b.date && a.note === b.note;

/**
 * An imported research source the project already has (same name, kind, date and note: a
 * journey exported from this project and imported back) is not added twice: the imported
 * quotes and citations name the project's own source instead.
 */
export function reuseKnownSources(rows: RowSet, target: ProjectDoc): RowSet {
  const known = Object.values(target.sources);
  const replaced = new Map<string, string>();
  const sources = (rows.sources ?? []).filter((source) => {
    const same = known.find((k) => sameSource(k, source));
    if (same) replaced.set(source.id, same.id);
    return !same;
  });
  if (replaced.size === 0) return rows;
  const named = (id: string) => replaced.get(id) ?? id;
  return {
    ...rows,
    sources,
    quotes: rows.quotes?.map((q) => (q.sourceId ? { ...q, sourceId: named(q.sourceId) } : q)),
    citations: rows.citations?.map((c) => ({ ...c, sourceId: named(c.sourceId) })),
  };
}
