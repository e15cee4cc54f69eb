// The matcher looks names up through bitsets, a hash table of first words and, for a common first
// word, the text's second word. This property test checks that lookup against the plainest
// possible matcher: every alias tried at every word start, the longest kept. Both follow the same
// rules, so any difference is a name the index lost or invented.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';

// Few words, so that many aliases share a first word (large groups are narrowed by the second).
const WORDS = ['Scale', 'AI', 'Meta', 'Open', 'the', 'New', 'Group', 'Labs', 'A', 'x9'];
const SEPARATORS = [' ', '  ', ', ', '. ', '-', ' & ', '\n'];

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where `alias` ends if it starts at `start`, by the matcher's rules for ASCII text, or -1. */
function plainMatchAt(alias: AliasEntry, text: string, start: number): number {
  let i = 0;
  let j = start;
  while (i < alias.text.length) {
    const a = alias.text[i]!;
    const t = text[j];
    if (t === undefined) return -1;
    if (/\s/.test(a)) {
      if (!/\s/.test(t)) return -1;
      while (i < alias.text.length && /\s/.test(alias.text[i]!)) i++;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      continue;
    }
    if (a !== t && (alias.caseSensitive || a.toLowerCase() !== t.toLowerCase())) return -1;
    i++;
    j++;
  }
  return isWordChar(text[j]) && isWordChar(alias.text.at(-1)) ? -1 : j;
}

function plainFind(aliases: AliasEntry[], text: string): [number, number, string][] {
  const found: [number, number, string][] = [];
  let resume = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    if (start < resume) continue;
    let best: { end: number; index: number } | undefined;
    aliases.forEach((alias, index) => {
      const end = plainMatchAt(alias, text, start);
      if (end < 0) return;
      const better = !best || end > best.end ||
        (end === best.end && alias.caseSensitive && !aliases[best.index]!.caseSensitive);
      if (better) best = { end, index };
    });
    if (best) {
      found.push([start, best.end, aliases[best.index]!.companyId]);
      resume = best.end;
    }
  }
  return found;
}

const alias = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  joiner: fc.constantFrom(' ', '-', ' & '),
  caseSensitive: fc.boolean(),
});
const aliases = fc.array(alias, { minLength: 1, maxLength: 40 }).map((list) =>
  list.map(({ words, joiner, caseSensitive }, index): AliasEntry => ({ text: words.join(joiner), companyId: `c${index}`, caseSensitive })));
const textWord = fc.tuple(fc.constantFrom(...WORDS, 'said', 'Inc'), fc.constantFrom('same', 'lower', 'upper'))
  .map(([word, letterCase]) => (letterCase === 'lower' ? word.toLowerCase() : letterCase === 'upper' ? word.toUpperCase() : word));
const text = fc.array(fc.tuple(textWord, fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('the matcher against every alias tried at every word', () => {
  it('finds exactly the same mentions', () => {
    fc.assert(fc.property(aliases, text, (list, sample) => {
      const mentions = compileMatcher(list).find(sample).map((m): [number, number, string] => [m.start, m.end, m.companyId]);
      // The plain matcher has no suffixes: "Inc" after a name is a word of its own there.
      const withoutSuffixes = compileMatcher(list).find(sample).every((m) => !m.suffix);
      if (withoutSuffixes) expect(mentions).toEqual(plainFind(list, sample));
    }), { numRuns: 400 });
  });

  it('narrows a first word shared by many aliases by the next word, without losing any', () => {
    const many: AliasEntry[] = WORDS.map((word, index) => ({ text: `New ${word}`, companyId: `n${index}`, caseSensitive: true }));
    many.push({ text: 'New', companyId: 'new', caseSensitive: true }, { text: 'New Scale AI', companyId: 'nsa', caseSensitive: true });
    const sample = 'New Labs and New Scale AI, New Scale, New-Open and New said';
    expect(compileMatcher(many).find(sample).map((m) => [sample.slice(m.start, m.end), m.companyId])).toEqual([
      ['New Labs', 'n7'],
      ['New Scale AI', 'nsa'],
      ['New Scale', 'n0'],
      ['New', 'new'],
      ['New', 'new'],
    ]);
    expect(plainFind(many, sample).map(([start, end, id]) => [sample.slice(start, end), id])).toEqual([
      ['New Labs', 'n7'],
      ['New Scale AI', 'nsa'],
      ['New Scale', 'n0'],
      ['New', 'new'],
      ['New', 'new'],
    ]);
  });
});
