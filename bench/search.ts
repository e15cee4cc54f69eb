// Popup search per keystroke: the index (core/search.ts) at 10,000 and 100,000 companies, typing
// real names letter by letter, some with a typo. The baseline, measured in the same run, is a bare
// loop that lowercases and compares every term once per keystroke (what a search without an index
// must at least do); the budget is the 95th percentile per keystroke.
import { SearchIndex } from '../src/core/recognition/search';
import type { Company } from '../src/core/dataset/dataset-schema';
import { companyNames } from './corpus';

import { percentile } from './percentile';

export interface SearchSize {
  companies: number;
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  baselineP95Ms: number;
  /** p95 against the bare loop's p95: how much the ranking and typo tolerance cost on top. */
  vsBaseline: number;
  keystrokes: number;
}


function company(name: string, index: number): Company {
  return {
    id: `c${index}`,
    name,
    aliases: [{ text: name, caseSensitive: false, ambiguous: false }],
    kind: 'private',
    description: `Company ${index}.`,
  };
}

/** What readers type: well-known names, letter by letter, a few with a slip. */
const QUERIES = ['meta', 'metta', 'nvidia', 'nvdia', 'scale ai', 'microsfot', 'thomson reuters', 'openai', 'samsung', 'anthropic', 'brodcom', 'tesla'];

export function runSearchBench(sizes = [10_000, 100_000]): SearchSize[] {
  return sizes.map((size) => {
    const companies = companyNames(size).map(company);
    const started = performance.now();
    const index = new SearchIndex(companies.map((c, i) => ({ company: c, popularity: i % 17 })));
    const buildMs = performance.now() - started;
    const terms = companies.map((c) => c.name);
    const times: number[] = [];
    const baseline: number[] = [];
    let sink = 0;
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        for (let length = 1; length <= query.length; length++) {
          const typed = query.slice(0, length);
          let t = performance.now();
          sink += index.search(typed).length;
          times.push(performance.now() - t);
          t = performance.now();
          for (const term of terms) if (term.toLowerCase().includes(typed)) sink++;
          baseline.push(performance.now() - t);
        }
      }
    }
    if (sink < 0) console.log(sink);
    const p95 = percentile(times, 95);
    const baselineP95 = percentile(baseline, 95);
    process.stderr.write(`search: ${size} companies measured\n`);
    return {
      companies: size,
      buildMs,
      p50Ms: percentile(times, 50),
      p95Ms: p95,
      baselineP95Ms: baselineP95,
      vsBaseline: p95 / baselineP95,
      keystrokes: times.length,
    };
  });
}
