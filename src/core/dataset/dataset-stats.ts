// Totals that say how complete and how well sourced a dataset is: `npm run data:stats`.
import type { Dataset, Source } from './dataset-schema';
import { precisionOf, type DatePrecision } from './dates';
import { regionOf } from './regions';
import { companySites, sourceClassifier, type SourcePolicy } from './source-policy';

export interface SourceStats {
  /** Every source of every relation and change. */
  total: number;
  byType: Record<string, number>;
  byPublisher: Record<string, number>;
  /** Sources the policy does not accept (refused or unknown): 0 in a clean dataset. */
  refused: number;
  /** Relations whose every source (changes' included) is a publisher's own page. */
  relationsAllOwnPages: number;
  /** Relations with at least one source from the most trusted outlets or the company itself. */
  relationsWithTrustedSource: number;
}

export interface DatasetStats {
  companies: number;
  relations: number;
  relationsWithSource: number;
  relationsWithDate: number;
  byKind: Record<string, number>;
  byYear: Record<string, number>;
  /** How precise `announced` is: year, month or day. */
  datePrecision: Record<DatePrecision, number>;
  vendorChanges: number;
  bySector: Record<string, number>;
  /** By the headquarters' region; "unknown" without a country. */
  byRegion: Record<string, number>;
  companiesWithoutRelations: string[];
  ambiguousAliases: { companyId: string; alias: string }[];
  /** Only when a source policy is given. */
  sources?: SourceStats;
}

function increment(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

const sortKeys = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));

function sourceStats(dataset: Dataset, policy: SourcePolicy): SourceStats {
  const classify = sourceClassifier(policy, companySites(dataset.companies));
  const stats: SourceStats = { total: 0, byType: {}, byPublisher: {}, refused: 0, relationsAllOwnPages: 0, relationsWithTrustedSource: 0 };
  for (const relation of dataset.relations) {
    const sources: Source[] = [...relation.sources, ...(relation.changes ?? []).flatMap((change) => change.sources)];
    let own = true;
    let trusted = false;
    for (const source of sources) {
      stats.total++;
      const verdict = classify(source);
      if (!verdict.ok) {
        stats.refused++;
        own = false;
        continue;
      }
      increment(stats.byType, verdict.type);
      increment(stats.byPublisher, verdict.publisher);
      if (verdict.type === 'encyclopedia') own = false;
      if (verdict.trusted) trusted = true;
    }
    if (own) stats.relationsAllOwnPages++;
    if (trusted) stats.relationsWithTrustedSource++;
  }
  // Most-cited first: the list is read for who the dataset leans on.
  stats.byPublisher = Object.fromEntries(Object.entries(stats.byPublisher).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  stats.byType = sortKeys(stats.byType);
  return stats;
}

export function datasetStats(dataset: Dataset, policy?: SourcePolicy): DatasetStats {
  const byKind: Record<string, number> = {};
  const byYear: Record<string, number> = {};
  const datePrecision: Record<DatePrecision, number> = { year: 0, month: 0, day: 0 };
  const related = new Set<string>();
  let relationsWithSource = 0;
  let relationsWithDate = 0;
  let vendorChanges = 0;
  for (const relation of dataset.relations) {
    increment(byKind, relation.kind);
    increment(byYear, relation.announced.slice(0, 4));
    datePrecision[precisionOf(relation.announced)]++;
    if (relation.sources.length > 0) relationsWithSource++;
    if (relation.announced !== '') relationsWithDate++;
    vendorChanges += relation.changes?.length ?? 0;
    for (const party of relation.parties) related.add(party.companyId);
  }
  const bySector: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  for (const company of dataset.companies) {
    increment(bySector, company.sector ?? 'unknown');
    increment(byRegion, (company.country !== undefined ? regionOf(company.country) : undefined) ?? 'unknown');
  }
  return {
    companies: dataset.companies.length,
    relations: dataset.relations.length,
    relationsWithSource,
    relationsWithDate,
    byKind: sortKeys(byKind),
    byYear: sortKeys(byYear),
    datePrecision,
    vendorChanges,
    bySector: sortKeys(bySector),
    byRegion: sortKeys(byRegion),
    companiesWithoutRelations: dataset.companies.filter((c) => !related.has(c.id)).map((c) => c.id),
    ambiguousAliases: dataset.companies.flatMap((c) =>
      c.aliases.filter((alias) => alias.ambiguous).map((alias) => ({ companyId: c.id, alias: alias.text })),
    ),
    ...(policy ? { sources: sourceStats(dataset, policy) } : {}),
  };
}
