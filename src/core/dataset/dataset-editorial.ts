// The project's editorial rules for its own dataset, beyond what a record's shape can say: every
// source is a publisher's own page, one fact is one record, statuses are current, every company
// has a story. `npm run data:check` and the build apply them to data/; a reader's import is held
// only to the schema.
import type { DatasetProblem, Parsed, ProblemAt, RawRecord } from './dataset-check';
import type { Company, Relation, RelationKind, Source } from './dataset-schema';
import { dateRange, daysApart } from './dates';
import { companySites, sourceClassifier, type SourcePolicy } from './source-policy';

export interface EditorialRules {
  policy: SourcePolicy;
  /** The day the dataset describes (YYYY-MM-DD): statuses must be current as of it. */
  datasetDate: string;
}

/** Relations this close, with the same parties and kind, are one fact unless one names the other. */
export const DUPLICATE_WINDOW_DAYS = 30;
/** A deal still open this long after it was announced must say what it awaits. */
export const OPEN_DEAL_DAYS = 365;
export const MIN_RELATIONS = 3;

/** Kinds that are a transaction with an outcome (it closes, is called off or is blocked). */
const DEAL_KINDS: ReadonlySet<RelationKind> = new Set(['acquisition', 'merger', 'investment', 'divestiture', 'joint-venture', 'talent-deal']);

/** `problemAt` places a problem at its record, as the rest of the check does. */
export function editorialProblems(companies: Parsed<Company>[], relations: Parsed<Relation>[], rules: EditorialRules, problemAt: ProblemAt): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (raw: RawRecord, record: string, field: string, message: string) => problems.push(problemAt(raw, record, field, message));

  const classify = sourceClassifier(rules.policy, companySites(companies.map(({ value }) => value)));
  const checkSources = (raw: RawRecord, id: string, sources: readonly Source[], prefix: string) => {
    const verdicts = sources.map(classify);
    verdicts.forEach((verdict, i) => {
      if (!verdict.ok) report(raw, id, `${prefix}sources[${i}]`, verdict.reason);
    });
    if (verdicts.length > 0 && verdicts.every((verdict) => verdict.ok && verdict.type === 'encyclopedia')) {
      report(raw, id, `${prefix}sources`, 'an encyclopedia may be a second source, never the only one');
    }
  };

  const [, asOf] = dateRange(rules.datasetDate);
  const counts = new Map<string, number>();
  const groups = new Map<string, Parsed<Relation>[]>();
  for (const parsed of relations) {
    const { value, raw } = parsed;
    checkSources(raw, value.id, value.sources, '');
    value.changes?.forEach((change, i) => checkSources(raw, value.id, change.sources, `changes[${i}].`));

    const open = value.status === 'announced' || value.status === 'reported';
    if (value.pending !== undefined && !open) report(raw, value.id, 'pending', `only an open deal (announced or reported) is pending; this one is ${value.status}`);
    if (open && DEAL_KINDS.has(value.kind) && value.pending === undefined && asOf - dateRange(value.announced)[1] > OPEN_DEAL_DAYS * 86_400_000) {
      report(raw, value.id, 'status', `still "${value.status}" more than a year after ${value.announced}: say how it ended (completed, cancelled) or what it awaits in "pending"`);
    }

    for (const party of value.parties) counts.set(party.companyId, (counts.get(party.companyId) ?? 0) + 1);
    const key = `${value.kind} ${value.parties.map((party) => party.companyId).sort().join(' ')}`;
    const group = groups.get(key);
    if (group) group.push(parsed);
    else groups.set(key, [parsed]);
  }

  for (const group of groups.values()) {
    for (let i = 1; i < group.length; i++) {
      const later = group[i]!.value;
      for (const earlier of group.slice(0, i).map((p) => p.value)) {
        const named = later.related?.includes(earlier.id) || earlier.related?.includes(later.id);
        if (named || daysApart(earlier.announced, later.announced) > DUPLICATE_WINDOW_DAYS) continue;
        report(group[i]!.raw, later.id, 'id', `looks like the same fact as ${earlier.id} (same parties and kind, announced within ${DUPLICATE_WINDOW_DAYS} days): merge them, or name the other in "related"`);
        break;
      }
    }
  }

  for (const { value, raw } of companies) {
    const n = counts.get(value.id) ?? 0;
    if (n < MIN_RELATIONS) report(raw, value.id, '', `has ${n} relation${n === 1 ? '' : 's'}; every company needs at least ${MIN_RELATIONS}`);
  }
  return problems;
}
