import { describe, expect, it } from 'vitest';
import type { EvidenceKind } from '../../src/core/dataset/dataset-schema';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';
import { PageRecognizer } from '../../src/core/recognition/recognizer';

const ALL: EvidenceKind[] = ['other-name-on-page', 'company-words-nearby', 'ticker-on-page', 'capitalized-mid-sentence'];
const ambiguous = (text: string, companyId: string, evidence: EvidenceKind[] = ALL): AliasEntry =>
  ({ text, companyId, caseSensitive: true, ambiguous: true, evidence });
const plain = (text: string, companyId: string): AliasEntry => ({ text, companyId, caseSensitive: true });
const ticker = (text: string, companyId: string): AliasEntry => ({ text, companyId, caseSensitive: true, role: 'ticker' });

function recognizer(aliases: AliasEntry[]): PageRecognizer {
  return new PageRecognizer(compileMatcher(aliases));
}

/** The marked names of one block, as text. */
function marked(aliases: AliasEntry[], text: string): string[] {
  return recognizer(aliases).scan(text).marks.map((m) => text.slice(m.start, m.end));
}

describe('PageRecognizer', () => {
  it('marks unambiguous names without evidence', () => {
    expect(marked([plain('OpenAI', 'openai')], 'OpenAI, and then OpenAI.')).toEqual(['OpenAI', 'OpenAI']);
  });

  it('marks an ambiguous name with company words nearby, not without', () => {
    const apple = [ambiguous('Apple', 'apple', ['company-words-nearby'])];
    expect(marked(apple, 'Shares of Apple fell on Tuesday.')).toEqual(['Apple']);
    expect(marked(apple, 'Apple said it would appeal.')).toEqual(['Apple']);
    expect(marked(apple, 'Apple crumble is best in autumn.')).toEqual([]);
    expect(marked(apple, 'We baked an Apple tart with cinnamon and a little lemon.')).toEqual([]);
  });

  it('counts a legal suffix as evidence', () => {
    expect(marked([ambiguous('Target', 'target', ['other-name-on-page'])], 'Target Corp. opened stores.')).toEqual(['Target Corp.']);
  });

  it('never marks a lower-case word for a case-sensitive name', () => {
    expect(marked([ambiguous('Block', 'block')], 'a city block; the shares of block fell')).toEqual([]);
    expect(marked([ambiguous('Meta', 'meta')], 'a meta-analysis of shares')).toEqual([]);
  });

  it('never marks a name right after a first name or a title', () => {
    const names = [ambiguous('Ford', 'ford'), ambiguous('Dell', 'dell'), ambiguous('Block', 'block')];
    expect(marked(names, 'The actor Harrison Ford said he was grateful.')).toEqual([]);
    expect(marked(names, 'Michael Dell, the founder, announced a deal.')).toEqual([]);
    expect(marked(names, 'As Mr. Block told the shareholders.')).toEqual([]);
    expect(marked(names, 'Ford said shares rose; Dell announced earnings.')).toEqual(['Ford', 'Dell']);
  });

  it('never marks a name inside a longer proper name, before or after it', () => {
    const names = [ambiguous('X', 'x-corp', ['company-words-nearby']), ambiguous('Snap', 'snap')];
    expect(marked(names, 'Microsoft says the Xbox One X costs $500 at launch.')).toEqual([]);
    expect(marked(names, 'Its Snap Map feature was redesigned, the company said.')).toEqual([]);
    // At a sentence start the word before is another sentence's end, not part of the name.
    expect(marked(names, 'Prices rose. X said it would cut fees for advertisers.')).toEqual(['X']);
  });

  it('takes a capital mid-sentence as evidence only when the alias says so, and never at a sentence start', () => {
    expect(marked([ambiguous('Meta', 'meta', ['capitalized-mid-sentence'])], 'Investors in Meta were calm.')).toEqual(['Meta']);
    expect(marked([ambiguous('Meta', 'meta', ['capitalized-mid-sentence'])], 'Meta analysis is hard. “Meta thinking” too.')).toEqual([]);
    expect(marked([ambiguous('Shell', 'shell', ['company-words-nearby'])], 'We found a Shell on the beach.')).toEqual([]);
  });

  it('marks on the company’s unambiguous name elsewhere on the page, even when it comes later', () => {
    const aliases = [plain('Apple Inc', 'apple'), ambiguous('Apple', 'apple', ['other-name-on-page'])];
    const page = recognizer(aliases);
    const first = page.scan('Apple will show new phones.');
    expect(first.marks).toEqual([]);
    expect(first.pending).toHaveLength(1);
    expect(page.resolves(first.pending[0]!)).toBe(false);
    page.scan('The event is run by Apple Inc in California.');
    expect(page.takeNewEvidence()).toEqual(new Set(['apple']));
    expect(page.resolves(first.pending[0]!)).toBe(true);
    // Once the page has the evidence, later mentions count at once.
    expect(page.scan('Apple again.').marks).toHaveLength(1);
  });

  it('marks on the company’s ticker on the page, and only a ticker in a ticker’s context counts', () => {
    const aliases = [ticker('SNAP', 'snap'), ambiguous('Snap', 'snap', ['ticker-on-page'])];
    const quiet = recognizer(aliases);
    expect(quiet.scan('Oh SNAP, a Snap of the fingers.').marks).toEqual([]);
    expect(quiet.takeNewEvidence()).toEqual(new Set());
    for (const text of ['Snap (NYSE: SNAP) reported.', 'Snap ($SNAP) rose.', 'Snap (SNAP) rose.']) {
      const page = recognizer(aliases);
      expect(page.scan(text).marks.map((m) => text.slice(m.start, m.end)), text).toEqual(['Snap']);
    }
  });

  it('rejects an ambiguous name with no evidence it can wait for', () => {
    const page = recognizer([ambiguous('Visa', 'visa', ['company-words-nearby'])]);
    expect(page.scan('She applied for a Visa in March.')).toEqual({ marks: [], pending: [] });
  });

  it('does not let an ambiguous mention serve as another’s page-wide evidence', () => {
    const aliases = [ambiguous('Apple', 'apple', ['other-name-on-page', 'company-words-nearby'])];
    const page = recognizer(aliases);
    expect(page.scan('Apple shares rose.').marks).toHaveLength(1);
    expect(page.scan('Apple pie.').marks).toHaveLength(0);
  });
});
