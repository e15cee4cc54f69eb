import { describe, expect, it } from 'vitest';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';

const cs = (text: string, companyId: string): AliasEntry => ({ text, companyId, caseSensitive: true });
const ci = (text: string, companyId: string): AliasEntry => ({ text, companyId, caseSensitive: false });

/** Each mention as [matched text, company id], which is what a reader would see marked. */
function marked(aliases: AliasEntry[], text: string): [string, string][] {
  return compileMatcher(aliases).find(text).map((m) => [text.slice(m.start, m.end), m.companyId]);
}

describe('compileMatcher', () => {
  it('gives exact offsets for every mention', () => {
    const text = 'Yesterday Meta said OpenAI and Meta talk.';
    const mentions = compileMatcher([cs('Meta', 'meta'), cs('OpenAI', 'openai')]).find(text);
    expect(mentions).toEqual([
      { start: 10, end: 14, companyId: 'meta', alias: 0, suffix: false },
      { start: 20, end: 26, companyId: 'openai', alias: 1, suffix: false },
      { start: 31, end: 35, companyId: 'meta', alias: 0, suffix: false },
    ]);
  });

  it('takes a legal suffix into the mention', () => {
    expect(marked([cs('Apple', 'apple')], 'Apple Inc. said; Apple, Inc. too; Apple Incubator not')).toEqual([
      ['Apple Inc.', 'apple'],
      ['Apple, Inc.', 'apple'],
      ['Apple', 'apple'],
    ]);
    expect(compileMatcher([cs('Nvidia', 'nvidia')]).find('Nvidia Corp shares')[0]).toMatchObject({ end: 11, suffix: true });
  });

  it('matches names that end in punctuation and names made of punctuation-joined words', () => {
    expect(marked([cs('Yahoo!', 'yahoo'), cs('AT&T', 'att')], 'Yahoo! and AT&T’s network')).toEqual([
      ['Yahoo!', 'yahoo'],
      ['AT&T', 'att'],
    ]);
  });

  it('prefers the longest alias, in either alias order', () => {
    const text = 'Scale AI is not Scale alone.';
    const expected = [['Scale AI', 'scale-ai'], ['Scale', 'scale-co']];
    expect(marked([cs('Scale', 'scale-co'), cs('Scale AI', 'scale-ai')], text)).toEqual(expected);
    expect(marked([cs('Scale AI', 'scale-ai'), cs('Scale', 'scale-co')], text)).toEqual(expected);
  });

  it('falls back to the shorter alias when the longer one does not continue', () => {
    expect(marked([cs('Scale', 'scale-co'), cs('Scale AI Labs', 'labs')], 'Scale AI said')).toEqual([['Scale', 'scale-co']]);
  });

  it('honours case-sensitive aliases', () => {
    expect(marked([cs('Meta', 'meta')], 'a meta-analysis by META')).toEqual([]);
    expect(marked([cs('Meta', 'meta')], 'by Meta')).toEqual([['Meta', 'meta']]);
  });

  it('matches case-insensitive aliases in any case', () => {
    expect(marked([ci('Nvidia', 'nvidia')], 'NVIDIA, nvidia and Nvidia')).toEqual([
      ['NVIDIA', 'nvidia'],
      ['nvidia', 'nvidia'],
      ['Nvidia', 'nvidia'],
    ]);
  });

  it('marks only the name in a possessive, with straight or curly apostrophe', () => {
    expect(marked([cs('Meta', 'meta')], "Meta's deal and Meta\u2019s stake")).toEqual([
      ['Meta', 'meta'],
      ['Meta', 'meta'],
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(marked([cs('Meta', 'meta'), cs('OpenAI', 'openai')], 'Metadata, OpenAIs, MetaMeta, Meta2')).toEqual([]);
  });

  it('treats a hyphen as a word boundary', () => {
    // Hyphens separate words, so a capitalised compound still marks the name.
    expect(marked([cs('Meta', 'meta')], 'Meta-owned apps')).toEqual([['Meta', 'meta']]);
  });

  it('matches a multi-word alias across a non-breaking space, a newline or several spaces', () => {
    const aliases = [cs('Scale AI', 'scale-ai')];
    expect(marked(aliases, 'with Scale\u00a0AI today')).toEqual([['Scale\u00a0AI', 'scale-ai']]);
    expect(marked(aliases, 'with Scale\nAI today')).toEqual([['Scale\nAI', 'scale-ai']]);
    expect(marked(aliases, 'with Scale   AI today')).toEqual([['Scale   AI', 'scale-ai']]);
  });

  it('does not match a multi-word alias across punctuation', () => {
    expect(marked([cs('Scale AI', 'scale-ai')], 'to Scale. AI is')).toEqual([]);
    expect(marked([cs('Scale AI', 'scale-ai')], 'to Scale, AI is')).toEqual([]);
    expect(marked([cs('Scale', 'scale'), cs('Scale AI', 'scale-ai')], 'to Scale. AI is')).toEqual([['Scale', 'scale']]);
  });

  it('requires the punctuation inside an alias', () => {
    expect(marked([cs('AT&T', 'att')], 'AT&T and AT T and AT & T')).toEqual([['AT&T', 'att']]);
  });

  it('matches names with diacritics and non-Latin scripts', () => {
    expect(marked([cs('Nestlé', 'nestle')], 'Nestlé, not Nestle')).toEqual([['Nestlé', 'nestle']]);
    // Japanese puts no spaces between words: each kana or Han character is a word boundary.
    expect(marked([cs('ソニー', 'sony')], 'ソニー 発表')).toEqual([['ソニー', 'sony']]);
    expect(marked([cs('ソニー', 'sony')], '昨日、ソニーは発表した')).toEqual([['ソニー', 'sony']]);
    // Hangul and Cyrillic words are separated by spaces like Latin ones.
    expect(marked([cs('삼성전자', 'samsung'), cs('Яндекс', 'yandex')], '삼성전자와 Яндекс, Яндекса')).toEqual([['Яндекс', 'yandex']]);
  });

  it('finds nothing with no aliases, and ignores blank aliases', () => {
    expect(compileMatcher([]).find('Meta and OpenAI')).toEqual([]);
    expect(compileMatcher([cs('   ', 'blank'), cs('!!', 'punct')]).find('Meta !! and   more')).toEqual([]);
    expect(compileMatcher([cs('Meta', 'meta')]).find('')).toEqual([]);
  });

  it('ignores surrounding whitespace in an alias', () => {
    expect(marked([cs('  Meta  ', 'meta')], 'see Meta')).toEqual([['Meta', 'meta']]);
  });

  it('keeps the first company to claim a name', () => {
    expect(marked([cs('Delta', 'delta-air'), cs('Delta', 'delta-faucet')], 'Delta')).toEqual([['Delta', 'delta-air']]);
    expect(marked([cs('Delta', 'delta-faucet'), cs('Delta', 'delta-air')], 'Delta')).toEqual([['Delta', 'delta-faucet']]);
  });

  it('prefers a case-sensitive alias over a case-insensitive one for the same words', () => {
    expect(marked([ci('apple', 'apple-records'), cs('Apple', 'apple-inc')], 'Apple and APPLE')).toEqual([
      ['Apple', 'apple-inc'],
      ['APPLE', 'apple-records'],
    ]);
  });

  it('handles adjacent mentions without overlap', () => {
    expect(marked([cs('Meta', 'meta'), cs('OpenAI', 'openai')], 'Meta/OpenAI')).toEqual([
      ['Meta', 'meta'],
      ['OpenAI', 'openai'],
    ]);
  });

  it('follows a case-insensitive alias past a case-sensitive one to the longest match', () => {
    expect(marked([cs('Meta', 'meta'), ci('Meta Platforms', 'meta-platforms')], 'Meta Platforms said')).toEqual([
      ['Meta Platforms', 'meta-platforms'],
    ]);
    expect(marked([cs('Meta', 'meta'), ci('Meta Platforms', 'meta-platforms')], 'Meta said')).toEqual([['Meta', 'meta']]);
  });

  it('treats typographic apostrophes and dashes inside a name like plain ones', () => {
    expect(marked([cs("McDonald's", 'mcdonalds')], 'McDonald’s and McDonald\u2018s')).toEqual([
      ['McDonald’s', 'mcdonalds'],
      ['McDonald\u2018s', 'mcdonalds'],
    ]);
    expect(marked([cs('Rolls-Royce', 'rolls-royce')], 'Rolls\u2011Royce engines')).toEqual([['Rolls\u2011Royce', 'rolls-royce']]);
  });

  it('matches decomposed accents and words broken by a soft hyphen', () => {
    expect(marked([cs('Nestlé', 'nestle')], 'Nestle\u0301 shares')).toEqual([['Nestle\u0301', 'nestle']]);
    expect(marked([cs('OpenAI', 'openai')], 'Open\u00adAI said')).toEqual([['Open\u00adAI', 'openai']]);
  });

  it('matches a name broken across a line with indentation, and one with a separator between words', () => {
    expect(marked([cs('Scale AI', 'scale-ai')], 'by Scale\n        AI today')).toEqual([['Scale\n        AI', 'scale-ai']]);
    expect(marked([cs('Procter & Gamble', 'pg'), cs('AT&T', 'att')], 'Procter & Gamble and AT&T')).toEqual([
      ['Procter & Gamble', 'pg'],
      ['AT&T', 'att'],
    ]);
  });
});
