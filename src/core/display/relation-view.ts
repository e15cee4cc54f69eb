// Turns a relation into the line a reader sees on a company's card: who, what happened, when,
// how much, how sure, and where it was reported.
import type { Relation, RelationStatus, Source, VendorChange } from '../dataset/dataset-schema';
import type { CompanyProfile, ProfileRelation } from './company-profile';
import { formatMoney, formatPartialDate, formatPercent } from './format';

export interface RelationLine {
  relationId: string;
  counterpartId: string;
  counterpartName: string;
  /** What happened, in plain words: the latest change for a vendor relationship, else the summary. */
  headline: string;
  /** The deal behind it, when the headline is a vendor change. */
  background?: string;
  date: string;
  dateLabel: string;
  valueLabel?: string;
  stakeLabel?: string;
  statusLabel: string;
  source: Source;
  onPage: boolean;
  /** How much the fact matters beyond its date: big amounts, stakes, takeovers, supplier changes. */
  weight: number;
  /** The reader's dataset this fact came from; absent for the bundled data. */
  fromDataset?: string;
}

const STATUS_LABELS: Record<RelationStatus, string> = {
  reported: 'reported',
  announced: 'announced',
  completed: 'completed',
  cancelled: 'cancelled',
  ended: 'ended',
};

const CHANGE_LABELS: Record<VendorChange['kind'], string> = {
  started: 'started',
  expanded: 'expanded',
  reduced: 'reduced',
  paused: 'paused',
  'winding-down': 'winding down',
  ended: 'ended',
};

function latestChange(relation: Relation): VendorChange | undefined {
  let latest: VendorChange | undefined;
  for (const change of relation.changes ?? []) {
    if (!latest || change.date >= latest.date) latest = change;
  }
  return latest;
}

const WEIGHTY_KINDS = new Set<Relation['kind']>(['acquisition', 'merger', 'divestiture', 'litigation']);

/** 0 to 3: one point each for a billion or more, a stake, and a takeover, lawsuit or supplier change. */
function weightOf(relation: Relation): number {
  return (
    Number((relation.value?.amount ?? 0) >= 1_000_000_000) +
    Number(relation.stakePercent !== undefined) +
    Number(WEIGHTY_KINDS.has(relation.kind) || (relation.changes?.length ?? 0) > 0)
  );
}

function counterpartOf(relation: Relation, companyId: string): string | undefined {
  return relation.parties.find((party) => party.companyId !== companyId)?.companyId;
}

export function relationLine(
  relation: ProfileRelation,
  companyId: string,
  names: Record<string, string>,
  onPageIds: ReadonlySet<string>,
  locale?: string,
  datasetNames: Record<string, string> = {},
): RelationLine | undefined {
  const counterpartId = counterpartOf(relation, companyId);
  if (counterpartId === undefined) return undefined;
  const change = latestChange(relation);
  const date = change?.date ?? relation.closed ?? relation.announced;
  const source = change?.sources[0] ?? relation.sources[0]!;
  return {
    relationId: relation.id,
    counterpartId,
    counterpartName: names[counterpartId] ?? counterpartId,
    headline: change?.summary ?? relation.summary,
    ...(change ? { background: relation.summary } : {}),
    date,
    dateLabel: formatPartialDate(date, locale),
    ...(relation.value ? { valueLabel: formatMoney(relation.value.amount, relation.value.currency, locale) } : {}),
    ...(relation.stakePercent !== undefined ? { stakeLabel: formatPercent(relation.stakePercent, locale) } : {}),
    statusLabel: change ? `${CHANGE_LABELS[change.kind]}${change.confirmed ? '' : ' (reported)'}` : STATUS_LABELS[relation.status],
    source,
    onPage: onPageIds.has(counterpartId),
    weight: weightOf(relation),
    ...(relation.datasetId !== undefined && relation.datasetId !== 'bundled'
      ? { fromDataset: datasetNames[relation.datasetId] ?? relation.datasetId }
      : {}),
  };
}

/**
 * A company's relation lines: those with companies on the current page first, then the rest.
 * Within each group, an event that caused other changes (Meta's stake, before the customers who
 * left because of it) comes first, then newest first.
 */
export function relationLines(profile: CompanyProfile, onPageIds: ReadonlySet<string>, locale?: string): RelationLine[] {
  const causes = new Set(profile.relations.flatMap((relation) => (relation.changes ?? []).map((change) => change.causeId)));
  const lines: RelationLine[] = [];
  for (const relation of profile.relations) {
    const line = relationLine(relation, profile.company.id, profile.names, onPageIds, locale, profile.datasetNames);
    if (line) lines.push(line);
  }
  const isCause = (line: RelationLine) => Number(causes.has(line.relationId));
  return lines.sort(
    (a, b) => Number(b.onPage) - Number(a.onPage) || isCause(b) - isCause(a) || b.date.localeCompare(a.date),
  );
}

/** "Public · NASDAQ: META · Menlo Park, California" */
export function companyFactsLine(profile: CompanyProfile): string {
  const { company } = profile;
  const parts: string[] = [];
  if (company.kind === 'subsidiary' && company.parentId !== undefined) {
    parts.push(`Part of ${profile.names[company.parentId] ?? company.parentId}`);
  } else {
    parts.push(company.kind.charAt(0).toUpperCase() + company.kind.slice(1).replace('-', ' '));
  }
  const ticker = company.tickers?.[0];
  if (ticker) parts.push(`${ticker.exchange}: ${ticker.symbol}`);
  if (company.headquarters) parts.push(company.headquarters);
  return parts.join(' · ');
}
