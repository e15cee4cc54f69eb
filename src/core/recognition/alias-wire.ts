// The matcher's dictionary as it crosses from the service worker to a page: a few flat arrays
// instead of an object per name. Extension messages are serialised per object and property, so
// at a thousand companies the object form cost more to send than the page takes to compile it.
import type { AliasEntry } from './alias-dictionary';
import { EVIDENCE_KINDS } from '../dataset/taxonomy';

export interface PackedAliases {
  /** Company ids, each once; entries refer to them by index. */
  companies: string[];
  /** Every alias text, in entry order. */
  texts: string[];
  /** Per entry: company index × 8 + flags (1 case-sensitive, 2 ambiguous, 4 ticker). */
  rows: number[];
  /** Per entry: its evidence kinds as bits in EVIDENCE_KINDS order. */
  evidence: number[];
}

const CASE_SENSITIVE = 1;
const AMBIGUOUS = 2;
const TICKER = 4;

export const NO_ALIASES: PackedAliases = { companies: [], texts: [], rows: [], evidence: [] };

export function packAliases(entries: readonly AliasEntry[]): PackedAliases {
  const index = new Map<string, number>();
  const packed: PackedAliases = { companies: [], texts: [], rows: [], evidence: [] };
  for (const entry of entries) {
    let company = index.get(entry.companyId);
    if (company === undefined) {
      company = packed.companies.push(entry.companyId) - 1;
      index.set(entry.companyId, company);
    }
    const flags = (entry.caseSensitive ? CASE_SENSITIVE : 0) | (entry.ambiguous ? AMBIGUOUS : 0) | (entry.role === 'ticker' ? TICKER : 0);
    packed.texts.push(entry.text);
    packed.rows.push(company * 8 + flags);
    packed.evidence.push((entry.evidence ?? []).reduce((bits, kind) => bits | (1 << EVIDENCE_KINDS.indexOf(kind)), 0));
  }
  return packed;
}

/** The entries again, as packAliases was given them; undefined when the arrays do not agree. */
export function unpackAliases(packed: PackedAliases): AliasEntry[] | undefined {
  const { companies, texts, rows, evidence } = packed;
  if (rows.length !== texts.length || evidence.length !== texts.length) return undefined;
  const entries: AliasEntry[] = [];
  for (let i = 0; i < texts.length; i++) {
    const row = rows[i]!;
    const companyId = companies[Math.floor(row / 8)];
    if (companyId === undefined) return undefined;
    const entry: AliasEntry = { text: texts[i]!, companyId, caseSensitive: (row & CASE_SENSITIVE) !== 0 };
    if (row & AMBIGUOUS) entry.ambiguous = true;
    if (row & AMBIGUOUS || evidence[i]) entry.evidence = EVIDENCE_KINDS.filter((_, bit) => (evidence[i]! >> bit) & 1);
    if (row & TICKER) entry.role = 'ticker';
    entries.push(entry);
  }
  return entries;
}
