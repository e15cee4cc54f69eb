// The matcher's input from the dataset: every company's names, former names and tickers.
import type { Company } from '../dataset/dataset-schema';
import type { AliasEntry } from './matcher';

export function aliasEntries(companies: readonly Company[]): AliasEntry[] {
  return companies.flatMap((company): AliasEntry[] => [
    ...company.aliases.map((alias) => ({
      text: alias.text,
      caseSensitive: alias.caseSensitive,
      companyId: company.id,
      ...(alias.ambiguous ? { ambiguous: true, evidence: alias.evidence ?? [] } : {}),
    })),
    ...(company.formerNames ?? []).map((former) => ({ text: former.name, caseSensitive: true, companyId: company.id })),
    // Tickers are evidence for the company's ambiguous names ("$AAPL"), never marks themselves.
    ...(company.tickers ?? []).map((ticker) => ({ text: ticker.symbol, caseSensitive: true, companyId: company.id, role: 'ticker' as const })),
  ]);
}
