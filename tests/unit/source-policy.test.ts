import { describe, expect, it } from 'vitest';
import { SourcePolicySchema, sourceClassifier } from '../../src/core/dataset/source-policy';
import { POLICY } from './fixture-policy';

const COMPANIES = [
  { id: 'meta', names: ['Meta', 'Meta Platforms, Inc.'], website: 'meta.com' },
  { id: 'cisco', names: ['Cisco'], website: 'cisco.com' },
];

const classify = sourceClassifier(POLICY, COMPANIES);
const verdict = (url: string, publisher: string) => classify({ url, publisher });

describe('sourceClassifier', () => {
  it('accepts a known publisher on its domain and its editions, naming the type and trust', () => {
    expect(verdict('https://www.reuters.com/business/x-2024-01-01/', 'Reuters')).toEqual({ ok: true, type: 'news', publisher: 'Reuters', domain: 'reuters.com', trusted: true });
    expect(verdict('https://uk.reuters.com/article/idUKL1', 'Reuters')).toMatchObject({ ok: true, domain: 'reuters.com' });
    expect(verdict('https://trade.example/story', 'Trade Weekly')).toMatchObject({ ok: true, trusted: false });
    expect(verdict('https://www.sec.gov/Archives/edgar/data/1/x.htm', 'U.S. Securities and Exchange Commission')).toMatchObject({ ok: true, type: 'filing' });
  });

  it('refuses a publisher credited under another name, and a repost credit', () => {
    expect(verdict('https://www.reuters.com/a', 'Thomson Reuters')).toEqual({ ok: false, reason: 'a page on reuters.com is published by "Reuters", not "Thomson Reuters"' });
    expect(verdict('https://trade.example/a', 'Trade Weekly (Reuters)')).toMatchObject({ ok: false, reason: expect.stringContaining('credits another outlet (Reuters)') });
  });

  it('refuses listed domains with their reason, subdomains included', () => {
    expect(verdict('https://finance.yahoo.com/news/x.html', 'Yahoo Finance')).toEqual({ ok: false, reason: 'yahoo.com is not a source: reposts other outlets’ articles' });
    expect(verdict('https://reut.rs/3utGfcu', 'Reuters')).toMatchObject({ ok: false, reason: expect.stringContaining('link shortener') });
  });

  it('refuses link shapes that are not articles, on any domain', () => {
    expect(verdict('https://trade.example/?p=14938', 'Trade Weekly')).toMatchObject({ ok: false, reason: 'this link is not an article: a bare ?p= post id' });
    expect(verdict('https://trade.example/news/tag/openai/', 'Trade Weekly')).toMatchObject({ ok: false, reason: expect.stringContaining('tag or topic') });
    // A word that merely contains "tag" is an article.
    expect(verdict('https://trade.example/news/vintage-deal', 'Trade Weekly')).toMatchObject({ ok: true });
  });

  it('refuses http:// unless the domain serves no https', () => {
    expect(verdict('http://www.reuters.com/article/x', 'Reuters')).toEqual({ ok: false, reason: 'reuters.com serves https: cite the https:// address' });
    const policy = { ...POLICY, publishers: { ...POLICY.publishers, 'oldsite.example': { name: 'Old Site', type: 'news' as const } } };
    expect(sourceClassifier(policy, COMPANIES)({ url: 'http://oldsite.example/a', publisher: 'Old Site' })).toMatchObject({ ok: true });
  });

  it('takes a company’s own site (its website or a listed domain) as a release credited to it', () => {
    expect(verdict('https://newsroom.cisco.com/c/r/x.html', 'Cisco')).toEqual({ ok: true, type: 'release', publisher: 'Cisco', domain: 'cisco.com', trusted: true, companyId: 'cisco' });
    expect(verdict('https://about.fb.com/news/2025/06/x/', 'Meta Platforms, Inc.')).toMatchObject({ ok: true, companyId: 'meta' });
    expect(verdict('https://about.fb.com/news/x/', 'Facebook Newsroom')).toEqual({ ok: false, reason: 'about.fb.com is meta\'s own site: credit it as "Meta"' });
  });

  it('takes a release wire as the issuing company’s release', () => {
    expect(verdict('https://www.prnewswire.com/news-releases/x-301.html', 'Thermo Fisher Scientific')).toMatchObject({ ok: true, type: 'release', domain: 'prnewswire.com', trusted: true });
  });

  it('refuses an unknown domain, saying where to classify it', () => {
    expect(verdict('https://someblog.example/post', 'Some Blog')).toEqual({
      ok: false,
      reason: 'someblog.example is not a known publisher: add it to data/sources.json (publishers, with its name and type) or to its refusals',
    });
    expect(verdict('not a url', 'X')).toEqual({ ok: false, reason: 'is not a URL' });
  });
});

describe('SourcePolicySchema', () => {
  it('accepts the test policy', () => {
    expect(SourcePolicySchema.safeParse(POLICY).success).toBe(true);
  });

  it('refuses a domain with a scheme, a bad type and a broken pattern, naming each', () => {
    const result = SourcePolicySchema.safeParse({
      ...POLICY,
      publishers: { 'https://reuters.com': { name: 'Reuters', type: 'news' }, 'ft.com': { name: 'Financial Times', type: 'blog' } },
      refusedLinks: [{ pattern: '([', reason: 'broken' }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['publishers.https://reuters.com', 'publishers.ft.com.type', 'refusedLinks.0.pattern']));
  });
});
