// A small source policy for the unit tests: one of each kind of entry data/sources.json holds.
import type { SourcePolicy } from '../../src/core/dataset/source-policy';

/** news.example.com is the fixture dataset's publisher (fixture-dataset.ts). */
export const POLICY: SourcePolicy = {
  publishers: {
    'reuters.com': { name: 'Reuters', type: 'news', trusted: true },
    'trade.example': { name: 'Trade Weekly', type: 'news' },
    'sec.gov': { name: 'U.S. Securities and Exchange Commission', type: 'filing', trusted: true },
    'en.wikipedia.org': { name: 'Wikipedia', type: 'encyclopedia' },
    'news.example.com': { name: 'Example News', type: 'news' },
  },
  releaseWires: ['prnewswire.com'],
  companyDomains: { 'about.fb.com': 'meta' },
  refusedDomains: { 'yahoo.com': 'reposts other outlets’ articles', 'reut.rs': 'link shortener' },
  refusedLinks: [
    { pattern: '[?&]p=\\d+(?:&|$)', reason: 'a bare ?p= post id' },
    { pattern: '^https?://[^/]+/(?:[^?#]*/)?(?:tag|topic)(?:/|\\?|$)', reason: 'a tag or topic listing' },
  ],
  httpOnly: ['oldsite.example'],
};

