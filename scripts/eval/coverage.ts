// Coverage: of the companies an article's body names, the share Backstory marks on the page. The
// labels (tests/fixtures/coverage) list, per real corpus page, only the companies' names and ids,
// written by reading each article; no page text is kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod/mini';

export const COVERAGE_LABELS = path.resolve(import.meta.dirname, '../../tests/fixtures/coverage/corpus-companies.json');

const LabelsSchema = z.array(z.strictObject({
  /** The corpus folder's name (../shared/corpus/news/NAME). */
  page: z.string().check(z.minLength(1)),
  companies: z.array(z.strictObject({
    /** The dataset id the company has, or would have. */
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    name: z.string().check(z.minLength(1)),
  })),
}));
export type CoverageLabels = z.infer<typeof LabelsSchema>;

export function readCoverageLabels(file: string = COVERAGE_LABELS): CoverageLabels {
  const parsed = LabelsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export interface Miss {
  id: string;
  name: string;
  /** False when the dataset has no such company; true when it has one but the page shows no mark. */
  inDataset: boolean;
}

export interface PageCoverage {
  page: string;
  named: number;
  marked: number;
  misses: Miss[];
}

export interface Coverage {
  pages: PageCoverage[];
  named: number;
  marked: number;
  /** marked / named over all pages (1 when nothing is named). */
  share: number;
}

/** Scores what was marked on each page (company ids) against the labels. */
export function scoreCoverage(labels: CoverageLabels, markedOn: (page: string) => ReadonlySet<string> | undefined, datasetIds: ReadonlySet<string>): Coverage {
  const pages: PageCoverage[] = [];
  for (const { page, companies } of labels) {
    const marked = markedOn(page);
    if (marked === undefined) continue; // the page is not in this corpus copy
    const misses = companies.filter((c) => !marked.has(c.id)).map((c) => ({ id: c.id, name: c.name, inDataset: datasetIds.has(c.id) }));
    pages.push({ page, named: companies.length, marked: companies.length - misses.length, misses });
  }
  const named = pages.reduce((sum, p) => sum + p.named, 0);
  const marked = pages.reduce((sum, p) => sum + p.marked, 0);
  return { pages, named, marked, share: named === 0 ? 1 : marked / named };
}
