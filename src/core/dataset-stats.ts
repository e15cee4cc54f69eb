// Totals that say how complete a dataset is: `npm run data:stats`.
import type { Dataset } from './dataset-schema';

export interface DatasetStats {
  companies: number;
  relations: number;
  relationsWithSource: number;
  relationsWithDate: number;
  byKind: Record<string, number>;
  byYear: Record<string, number>;
  vendorChanges: number;
  companiesWithoutRelations: string[];
  ambiguousAliases: { companyId: string; alias: string }[];
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  const byKind: Record<string, number> = {};
  const byYear: Record<string, number> = {};
  const related = new Set<string>();
  let relationsWithSource = 0;
  let relationsWithDate = 0;
  let vendorChanges = 0;
  for (const relation of dataset.relations) {
    increment(byKind, relation.kind);
    increment(byYear, relation.announced.slice(0, 4));
    if (relation.sources.length > 0) relationsWithSource++;
    if (relation.announced !== '') relationsWithDate++;
    vendorChanges += relation.changes?.length ?? 0;
    for (const party of relation.parties) related.add(party.companyId);
  }
  const sortKeys = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  return {
    companies: dataset.companies.length,
    relations: dataset.relations.length,
    relationsWithSource,
    relationsWithDate,
    byKind: sortKeys(byKind),
    byYear: sortKeys(byYear),
    vendorChanges,
    companiesWithoutRelations: dataset.companies.filter((c) => !related.has(c.id)).map((c) => c.id),
    ambiguousAliases: dataset.companies.flatMap((c) =>
      c.aliases.filter((alias) => alias.ambiguous).map((alias) => ({ companyId: c.id, alias: alias.text })),
    ),
  };
}
