// A small invented dataset for the unit tests. Names are real companies; every summary, title and
// address is made up here (example.com hosts), so nothing depends on the bundled data.
import type { CompanyProfile } from '../../src/core/display/company-profile';
import type { Company, Dataset, Relation, Source } from '../../src/core/dataset/dataset-schema';

export function source(slug: string, date: string): Source {
  return { url: `https://news.example.com/${slug}`, publisher: 'Example News', title: `Story ${slug}`, date };
}

const companies: Company[] = [
  {
    id: 'meta',
    name: 'Meta',
    legalName: 'Meta Platforms, Inc.',
    aliases: [
      { text: 'Meta', caseSensitive: true, ambiguous: false },
      { text: 'Meta Platforms', caseSensitive: true, ambiguous: false },
    ],
    formerNames: [{ name: 'Facebook', until: '2021-10' }],
    kind: 'public',
    tickers: [{ symbol: 'META', exchange: 'NASDAQ' }],
    sector: 'internet',
    wikidata: 'Q380',
    headquarters: 'Menlo Park, California',
    description: 'Test description for Meta.',
  },
  {
    id: 'scale-ai',
    name: 'Scale AI',
    aliases: [{ text: 'Scale AI', caseSensitive: true, ambiguous: false }],
    kind: 'private',
    headquarters: 'San Francisco',
    description: 'Test description for Scale AI.',
  },
  {
    id: 'openai',
    name: 'OpenAI',
    aliases: [{ text: 'OpenAI', caseSensitive: true, ambiguous: false }],
    kind: 'private',
    description: 'Test description for OpenAI.',
  },
  {
    id: 'alphabet',
    name: 'Alphabet',
    aliases: [{ text: 'Alphabet', caseSensitive: true, ambiguous: false }],
    kind: 'public',
    tickers: [{ symbol: 'GOOGL', exchange: 'NASDAQ' }],
    description: 'Test description for Alphabet.',
  },
  {
    id: 'google',
    name: 'Google',
    aliases: [{ text: 'Google', caseSensitive: true, ambiguous: false }],
    kind: 'subsidiary',
    parentId: 'alphabet',
    description: 'Test description for Google.',
  },
  {
    id: 'nestle',
    name: 'Nestlé',
    aliases: [{ text: 'Nestlé', caseSensitive: true, ambiguous: false }],
    kind: 'public',
    description: 'Test description for Nestlé.',
  },
];

const relations: Relation[] = [
  {
    id: 'meta-scale-ai',
    kind: 'investment',
    parties: [
      { companyId: 'meta', role: 'investor' },
      { companyId: 'scale-ai', role: 'investee' },
    ],
    status: 'completed',
    announced: '2025-06',
    closed: '2025-06-12',
    value: { amount: 14_300_000_000, currency: 'USD' },
    stakePercent: 49,
    summary: 'Test summary: Meta invests in Scale AI.',
    sources: [source('meta-scale', '2025-06-12')],
  },
  {
    id: 'google-scale-ai',
    kind: 'vendor',
    parties: [
      { companyId: 'google', role: 'customer' },
      { companyId: 'scale-ai', role: 'supplier' },
    ],
    status: 'announced',
    announced: '2020',
    summary: 'Test summary: Google buys data labelling from Scale AI.',
    sources: [source('google-scale', '2020')],
    changes: [
      {
        kind: 'winding-down',
        date: '2025-06-14',
        confirmed: false,
        summary: 'Test change: Google winds down work with Scale AI.',
        causeId: 'meta-scale-ai',
        sources: [source('google-winds-down', '2025-06-14')],
      },
    ],
  },
  {
    id: 'openai-scale-ai',
    kind: 'vendor',
    parties: [
      { companyId: 'openai', role: 'customer' },
      { companyId: 'scale-ai', role: 'supplier' },
    ],
    status: 'announced',
    announced: '2021',
    summary: 'Test summary: OpenAI buys data labelling from Scale AI.',
    sources: [source('openai-scale', '2021')],
    changes: [
      {
        kind: 'started',
        date: '2021',
        confirmed: true,
        summary: 'Test change: OpenAI starts with Scale AI.',
        sources: [source('openai-starts', '2021')],
      },
      {
        kind: 'ended',
        date: '2025-06-18',
        confirmed: true,
        summary: 'Test change: OpenAI ends work with Scale AI.',
        causeId: 'meta-scale-ai',
        sources: [source('openai-ends', '2025-06-18')],
      },
    ],
  },
  {
    id: 'nestle-scale-ai',
    kind: 'partnership',
    parties: [
      { companyId: 'nestle', role: 'partner' },
      { companyId: 'scale-ai', role: 'partner' },
    ],
    status: 'announced',
    announced: '2024-03',
    summary: 'Test summary: Nestlé and Scale AI partner.',
    sources: [source('nestle-scale', '2024-03')],
  },
];

/** A fresh, deep copy each call, so a test may change it freely. */
export function makeDataset(): Dataset {
  return structuredClone({ companies, relations });
}

export function company(dataset: Dataset, id: string): Company {
  const found = dataset.companies.find((c) => c.id === id);
  if (!found) throw new Error(`fixture has no company ${id}`);
  return found;
}

export function relation(dataset: Dataset, id: string): Relation {
  const found = dataset.relations.find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no relation ${id}`);
  return found;
}

/** Display names of the fixture's companies, as a profile carries them. */
export const FIXTURE_NAMES: Record<string, string> = { meta: 'Meta', 'scale-ai': 'Scale AI', openai: 'OpenAI', google: 'Google', alphabet: 'Alphabet', nestle: 'Nestlé' };

/** A fresh profile of one fixture company: the company, its relations and every name. */
export function profileOf(id: string): CompanyProfile {
  const dataset = makeDataset();
  return {
    company: company(dataset, id),
    relations: dataset.relations.filter((r) => r.parties.some((p) => p.companyId === id)),
    names: { ...FIXTURE_NAMES },
  };
}
