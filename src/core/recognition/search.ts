// Company search for the popup over names, legal names, aliases, former names and tickers.
// Ranked exact, then prefix (of the name or of one of its words), then substring, then within a
// typo or two ("metta" finds Meta); better-known companies (more relations) first on ties.
// The index is built once per dataset version, so a keystroke costs a scan of flat arrays.
import type { Company } from '../dataset/dataset-schema';

export interface SearchResult {
  id: string;
  name: string;
  description: string;
  /** The name or alias that matched, when it is not the display name. */
  matched?: string;
}

/** Lowercase without accents, so "nestle" finds "Nestlé". */
export function foldForSearch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export interface SearchableCompany {
  company: Company;
  /** How well known: the number of relations; ties are broken by it. */
  popularity: number;
}

const SEPARATOR = '\u0001';

const RANK = { exact: 4, prefix: 3, wordPrefix: 2, substring: 1, typo: 0 } as const;

/** Typos allowed for a query of this length: none for short ones, where a typo is another word. */
function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance between `query` and the start of `term` (so a half-typed
 * name matches), or Infinity once it exceeds `max`. Only a band of width 2·max+1 around the
 * diagonal is computed, and rows are reused: no allocation per call.
 */
function prefixDistance(query: string, term: string, max: number, rows: Int32Array[]): number {
  const n = query.length;
  const m = Math.min(term.length, n + max);
  if (m < n - max) return Infinity;
  const far = max + 1;
  let [twoBack, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : far;
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    current[0] = i <= max ? i : far;
    if (low > 1) current[low - 1] = far;
    let rowMin = far;
    const q = query.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const t = term.charCodeAt(j - 1);
      let value = previous[j - 1]! + (q === t ? 0 : 1);
      const up = j <= i - 1 + max ? previous[j]! + 1 : far;
      const left = current[j - 1]! + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      if (i > 1 && j > 1 && q === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === t && twoBack[j - 2]! + 1 < value) value = twoBack[j - 2]! + 1;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < m) current[high + 1] = far;
    if (rowMin > max) return Infinity;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  // The query against any prefix of the term of a similar length.
  let best = far;
  for (let j = Math.max(0, n - max); j <= m; j++) if (previous[j]! < best) best = previous[j]!;
  return best <= max ? best : Infinity;
}

/** Every name a company can be searched by: its name, legal name, aliases, former names and tickers. */
function namesOf(company: Company): string[] {
  return [
    company.name,
    ...(company.legalName !== undefined ? [company.legalName] : []),
    ...company.aliases.map((alias) => alias.text),
    ...(company.formerNames ?? []).map((former) => former.name),
    ...(company.tickers ?? []).map((ticker) => ticker.symbol),
  ];
}

export class SearchIndex {
  /** Folded terms, and for each the company it belongs to (an index into `companies`). */
  private readonly terms: string[] = [];
  private readonly owners: number[] = [];
  private readonly companies: SearchableCompany[];
  private readonly rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  /** Each company's place in name order, so ties never need a string comparison per keystroke. */
  private readonly nameOrder: Int32Array;
  /** All terms in one string, so one native indexOf finds every term containing the query. */
  private readonly haystack: string;
  private readonly starts: Int32Array;
  /** Terms by their first and by their second letter: the only ones a typo check looks at. */
  private readonly byFirst = new Map<number, number[]>();
  private readonly bySecond = new Map<number, number[]>();

  constructor(companies: readonly SearchableCompany[]) {
    this.companies = [...companies];
    const collator = new Intl.Collator('en');
    const byName = this.companies.map((_, index) => index).sort((a, b) => collator.compare(this.companies[a]!.company.name, this.companies[b]!.company.name));
    this.nameOrder = new Int32Array(this.companies.length);
    byName.forEach((index, order) => (this.nameOrder[index] = order));
    this.companies.forEach(({ company }, index) => {
      const seen = new Set<string>();
      for (const term of namesOf(company)) {
        const folded = foldForSearch(term);
        if (folded === '' || seen.has(folded)) continue;
        seen.add(folded);
        this.terms.push(folded);
        this.owners.push(index);
      }
    });
    this.starts = new Int32Array(this.terms.length);
    let offset = 1;
    this.terms.forEach((term, t) => {
      this.starts[t] = offset;
      offset += term.length + 1;
      for (const [map, code] of [[this.byFirst, term.charCodeAt(0)], [this.bySecond, term.charCodeAt(1)]] as const) {
        if (Number.isNaN(code)) continue;
        const list = map.get(code);
        if (list) list.push(t);
        else map.set(code, [t]);
      }
    });
    this.haystack = `${SEPARATOR}${this.terms.join(SEPARATOR)}${SEPARATOR}`;
  }

  /** The term an offset in the haystack falls in. */
  private termAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  get size(): number {
    return this.companies.length;
  }

  search(rawQuery: string, limit = 20): SearchResult[] {
    // Control characters (the separator among them) cannot be part of a name.
    const query = foldForSearch(rawQuery).replace(/\p{Cc}/gu, '').slice(0, 60);
    if (query === '') return [];
    if (this.rows[0]!.length < query.length + 8) for (let r = 0; r < 3; r++) this.rows[r] = new Int32Array(query.length + 8);
    const rank = new Int8Array(this.companies.length).fill(-1);
    const matchedTerm = new Int32Array(this.companies.length);
    const note = (t: number, score: number) => {
      const owner = this.owners[t]!;
      if (score > rank[owner]!) {
        rank[owner] = score;
        matchedTerm[owner] = t;
      }
    };
    let strong = 0; // companies found by name or prefix: typos rank below them
    if (query.length === 1) {
      // One letter: names that start with it, not every name that contains it.
      for (const t of this.byFirst.get(query.charCodeAt(0)) ?? []) note(t, this.terms[t]!.length === 1 ? RANK.exact : RANK.prefix);
      strong = limit;
    } else {
      for (let position = this.haystack.indexOf(query); position >= 0; position = this.haystack.indexOf(query, position + 1)) {
        const t = this.termAt(position);
        const at = position - this.starts[t]!;
        const term = this.terms[t]!;
        const score = at === 0 ? (term.length === query.length ? RANK.exact : RANK.prefix) : term.charCodeAt(at - 1) === 32 ? RANK.wordPrefix : RANK.substring;
        if (score >= RANK.prefix && rank[this.owners[t]!]! < RANK.prefix) strong++;
        note(t, score);
      }
    }
    const budget = typoBudget(query.length);
    if (budget > 0 && strong < limit) {
      // A typo rarely hits both of the first two letters: only those terms get the costly check.
      for (const bucket of [this.byFirst.get(query.charCodeAt(0)), this.bySecond.get(query.charCodeAt(1))]) {
        for (const t of bucket ?? []) {
          if (rank[this.owners[t]!]! >= RANK.typo) continue;
          if (prefixDistance(query, this.terms[t]!, budget, this.rows) <= budget) note(t, RANK.typo);
        }
      }
    }
    // The best `limit` only, kept sorted as they come: a one-letter query matches thousands.
    const better = (a: number, b: number) =>
      rank[a]! - rank[b]! || this.companies[a]!.popularity - this.companies[b]!.popularity || this.nameOrder[b]! - this.nameOrder[a]!;
    const found: number[] = [];
    for (let i = 0; i < rank.length; i++) {
      if (rank[i]! < 0) continue;
      if (found.length === limit && better(i, found[limit - 1]!) <= 0) continue;
      let at = found.length === limit ? limit - 1 : found.length;
      found[at] = i;
      while (at > 0 && better(found[at]!, found[at - 1]!) > 0) {
        [found[at], found[at - 1]] = [found[at - 1]!, found[at]!];
        at--;
      }
    }
    return found.slice(0, limit).map((index) => {
      const { company } = this.companies[index]!;
      const matched = this.terms[matchedTerm[index]!]!;
      return {
        id: company.id,
        name: company.name,
        description: company.description,
        ...(matched !== foldForSearch(company.name) ? { matched: this.displayTerm(company, matched) } : {}),
      };
    });
  }

  /** The alias as written in the data, for the folded term that matched. */
  private displayTerm(company: Company, folded: string): string {
    return namesOf(company).find((term) => foldForSearch(term) === folded) ?? folded;
  }
}

/** One-off search without keeping an index (tests, small lists). */
export function searchCompanies(companies: readonly Company[], rawQuery: string, limit = 20): SearchResult[] {
  return new SearchIndex(companies.map((company) => ({ company, popularity: 0 }))).search(rawQuery, limit);
}
