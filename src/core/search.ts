// Company search for the popup: names, aliases, former names and tickers; exact before prefix
// before substring. Typo tolerance and an index for large datasets come with the popup issue.
import type { Company } from './dataset-schema';

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

function searchTerms(company: Company): string[] {
  return [
    company.name,
    ...(company.legalName ? [company.legalName] : []),
    ...company.aliases.map((alias) => alias.text),
    ...(company.formerNames ?? []).map((former) => former.name),
    ...(company.tickers ?? []).map((ticker) => ticker.symbol),
  ];
}

function rankTerm(term: string, query: string): number {
  const folded = foldForSearch(term);
  if (folded === query) return 3;
  if (folded.startsWith(query)) return 2;
  if (folded.includes(query)) return 1;
  return 0;
}

export function searchCompanies(companies: readonly Company[], rawQuery: string, limit = 20): SearchResult[] {
  const query = foldForSearch(rawQuery);
  if (query === '') return [];
  const scored: { company: Company; score: number; matched: string }[] = [];
  for (const company of companies) {
    let best = 0;
    let matched = company.name;
    for (const term of searchTerms(company)) {
      const score = rankTerm(term, query);
      if (score > best) {
        best = score;
        matched = term;
      }
    }
    if (best > 0) scored.push({ company, score: best, matched });
  }
  scored.sort((a, b) => b.score - a.score || a.company.name.localeCompare(b.company.name));
  return scored.slice(0, limit).map(({ company, matched }) => ({
    id: company.id,
    name: company.name,
    description: company.description,
    ...(matched !== company.name ? { matched } : {}),
  }));
}
