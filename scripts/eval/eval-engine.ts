// Scores the recognition engine on the project's labelled pages (tests/fixtures/eval): precision
// and recall against what a person marked. Shared by `npm run eval` and the evaluation test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasEntry } from '../../src/core/recognition/matcher';
import { aliasEntries } from '../../src/core/recognition/alias-entries';
import { checkDatasetAt } from '../dataset-source';
import { mentionsInDocument, parsePage, spansOf, type FoundMention } from '../engine-on-page';
import { labelsAsElements, score, unlabel, type Score } from './labelled-text';

export const EVAL_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/eval');

export interface PageScore extends Score {
  page: string;
  labels: number;
}

export function evalAliases(): AliasEntry[] {
  const check = checkDatasetAt(path.join(EVAL_DIR, 'data'));
  if (!check.ok) throw new Error(`The evaluation dictionary is not valid: ${JSON.stringify(check.problems.slice(0, 3))}`);
  return aliasEntries(check.dataset.companies);
}

export function expectedMentions(source: string): FoundMention[] {
  const document = parsePage(labelsAsElements(source, 'bs-label'));
  return spansOf(document, (node) => {
    const parent = node.parentElement;
    return parent?.tagName.toLowerCase() === 'bs-label' ? parent.getAttribute('data-id') ?? undefined : undefined;
  });
}

export function scorePages(aliases: readonly AliasEntry[] = evalAliases()): { pages: PageScore[]; total: Score & { labels: number } } {
  const pages: PageScore[] = [];
  for (const file of readdirSync(path.join(EVAL_DIR, 'pages')).filter((name) => name.endsWith('.html')).sort()) {
    const source = readFileSync(path.join(EVAL_DIR, 'pages', file), 'utf8');
    const expected = expectedMentions(source);
    const found = mentionsInDocument(parsePage(unlabel(source).html), aliases);
    pages.push({ page: file, labels: expected.length, ...score(expected, found) });
  }
  const truePositives = pages.reduce((sum, page) => sum + page.truePositives, 0);
  const falsePositives = pages.flatMap((page) => page.falsePositives);
  const falseNegatives = pages.flatMap((page) => page.falseNegatives);
  const labels = pages.reduce((sum, page) => sum + page.labels, 0);
  return {
    pages,
    total: {
      labels,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives / Math.max(1, truePositives + falsePositives.length),
      recall: truePositives / Math.max(1, labels),
    },
  };
}
