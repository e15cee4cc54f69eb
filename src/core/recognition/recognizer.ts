// Decides which matched names are company mentions. Unambiguous names always count; a name that is
// also a word counts only with one of the kinds of evidence its alias lists (data/README.md). Some
// evidence is local (company words nearby, a capital letter mid-sentence); some is page-wide (the
// company's unambiguous name or its ticker elsewhere on the page), so a mention may wait for it.
import { COMPANY_WORDS } from './company-words';
import type { EvidenceKind } from '../dataset/dataset-schema';
import type { AliasEntry, Matcher, Mention } from './matcher';
import { PERSON_NAME_WORDS } from './person-names';

export interface BlockResult {
  /** Mentions to mark now. */
  marks: Mention[];
  /** Ambiguous mentions that will count once their company has page-wide evidence. */
  pending: Mention[];
}

const NEARBY_CHARS = 60;
const NEARBY_WORDS = 6;
const WORDS = /[\p{L}\p{N}]+/gu;
const TICKER_BEFORE = /(?:\$|\b(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|TSE|HKEX|ASX|Xetra|XETRA|Euronext|SIX|KRX)\s*:\s*)$/;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '—', '–']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function wordsIn(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/** Company words within a few words either side, in the same sentence. */
function companyWordNearby(text: string, mention: Mention): boolean {
  const beforeText = text.slice(Math.max(0, mention.start - NEARBY_CHARS), mention.start);
  const afterText = text.slice(mention.end, mention.end + NEARBY_CHARS);
  const before = wordsIn(beforeText.slice(beforeText.search(/[.!?;][^.!?;]*$/) + 1)).slice(-NEARBY_WORDS);
  const after = wordsIn(afterText.split(/[.!?;]/, 1)[0]!).slice(0, NEARBY_WORDS);
  return [...before, ...after].some((word) => COMPANY_WORDS.has(word.toLowerCase()));
}

/** At the start of the block or of a sentence, ignoring opening quotes and brackets. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (/\s/.test(text[i]!) || OPENERS.has(text[i]!))) i--;
  return i < 0 || SENTENCE_END.has(text[i]!);
}

/** Right after a first name or a title: "Harrison Ford", "Michael Dell", "Mr. Block". */
function afterPersonName(text: string, start: number): boolean {
  const match = /([\p{L}]+)\.?[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!match) return false;
  const word = match[1]!;
  return word[0] !== word[0]!.toLowerCase() && PERSON_NAME_WORDS.has(word.toLowerCase());
}

/**
 * Part of a longer proper name: right next to another capitalised word that is not a company word
 * ("Snap Map", "Apple Watch", "Xbox One X"), so it names a product or a place, not the company.
 * The word before counts only inside a sentence: at its start, a capital means nothing.
 */
function insideLongerName(text: string, start: number, end: number): boolean {
  const next = /^[ \u00a0]([\p{Lu}][\p{L}\p{N}]*)/u.exec(text.slice(end, end + 30));
  if (next !== null && !COMPANY_WORDS.has(next[1]!.toLowerCase())) return true;
  const previous = /([\p{Lu}][\p{L}\p{N}]*)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (previous === null || COMPANY_WORDS.has(previous[1]!.toLowerCase())) return false;
  return !atSentenceStart(text, start - previous[0].length);
}

function isTickerInContext(text: string, mention: Mention): boolean {
  if (TICKER_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return true;
  return text[mention.start - 1] === '(' && text[mention.end] === ')';
}

export class PageRecognizer {
  private readonly named = new Set<string>();
  private readonly tickered = new Set<string>();
  private fresh = new Set<string>();

  constructor(readonly matcher: Matcher) {}

  private alias(mention: Mention): AliasEntry {
    return this.matcher.aliases[mention.alias]!;
  }

  private addEvidence(set: Set<string>, companyId: string): void {
    if (set.has(companyId)) return;
    set.add(companyId);
    this.fresh.add(companyId);
  }

  private hasPageEvidence(evidence: readonly EvidenceKind[], companyId: string): boolean {
    return (evidence.includes('other-name-on-page') && this.named.has(companyId)) ||
      (evidence.includes('ticker-on-page') && this.tickered.has(companyId));
  }

  /** Recognises the mentions in one block of text (a paragraph, a heading, a list item). */
  scan(text: string): BlockResult {
    const found = this.matcher.find(text);
    const marks: Mention[] = [];
    const ambiguous: Mention[] = [];
    // Evidence first, so that an unambiguous name later in the same paragraph counts too.
    for (const mention of found) {
      const alias = this.alias(mention);
      if (alias.role === 'ticker') {
        if (isTickerInContext(text, mention)) this.addEvidence(this.tickered, mention.companyId);
      } else if (!alias.ambiguous) {
        this.addEvidence(this.named, mention.companyId);
        marks.push(mention);
      } else {
        ambiguous.push(mention);
      }
    }
    const pending: Mention[] = [];
    for (const mention of ambiguous) {
      const verdict = this.judge(text, mention);
      if (verdict === 'mark') marks.push(mention);
      else if (verdict === 'pending') pending.push(mention);
    }
    marks.sort((a, b) => a.start - b.start);
    return { marks, pending };
  }

  private judge(text: string, mention: Mention): 'mark' | 'pending' | 'reject' {
    const evidence = this.alias(mention).evidence ?? [];
    if (mention.suffix) return 'mark';
    if (afterPersonName(text, mention.start) || insideLongerName(text, mention.start, mention.end)) return 'reject';
    if (evidence.includes('company-words-nearby') && companyWordNearby(text, mention)) return 'mark';
    if (evidence.includes('capitalized-mid-sentence') && !atSentenceStart(text, mention.start)) {
      const first = text[mention.start]!;
      if (first !== first.toLowerCase()) return 'mark';
    }
    if (this.hasPageEvidence(evidence, mention.companyId)) return 'mark';
    return evidence.includes('other-name-on-page') || evidence.includes('ticker-on-page') ? 'pending' : 'reject';
  }

  /** Whether a pending mention has the page-wide evidence it waited for. */
  resolves(mention: Mention): boolean {
    return this.hasPageEvidence(this.alias(mention).evidence ?? [], mention.companyId);
  }

  /** Companies that gained page-wide evidence since the last call. */
  takeNewEvidence(): Set<string> {
    const fresh = this.fresh;
    this.fresh = new Set();
    return fresh;
  }
}
