// The bundled dataset's shape. Validated once, where it enters IndexedDB.
// The full, documented format is its own issue; this is the smallest shape the seed story needs.
import { z } from 'zod/mini';
import { isRealPastDate } from './dates';

z.config(z.locales.en());

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "scale-ai"'));
const text = z.string().check(z.minLength(1), z.maxLength(500));
/** "2025", "2025-06" or "2025-06-12": the form is the precision. */
const partialDate = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((value) => isRealPastDate(value), 'must be a real date, not in the future'),
);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const SourceSchema = z.object({
  url: httpUrl,
  publisher: text,
  title: text,
  date: partialDate,
});

export const AliasSchema = z.object({
  text,
  /** Most names are only names when capitalised ("Meta", not "meta-analysis"). */
  caseSensitive: z._default(z.boolean(), true),
});

export const CompanySchema = z.object({
  id: slug,
  name: text,
  legalName: z.optional(text),
  aliases: z.array(AliasSchema),
  formerNames: z.optional(z.array(z.object({ name: text, until: z.optional(partialDate) }))),
  kind: z.enum(['public', 'private', 'subsidiary', 'nonprofit', 'state-owned']),
  ticker: z.optional(z.object({ symbol: text, exchange: text })),
  parentId: z.optional(slug),
  headquarters: z.optional(text),
  founded: z.optional(z.number().check(z.int(), z.minimum(1600), z.maximum(2100))),
  description: text,
  website: z.optional(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "openai.com"'))),
});

export const RELATION_KINDS = [
  'acquisition', 'merger', 'investment', 'partnership', 'joint-venture', 'vendor',
  'licensing', 'talent-deal', 'divestiture', 'litigation', 'rivalry',
] as const;

export const PARTY_ROLES = [
  'acquirer', 'target', 'investor', 'investee', 'partner', 'supplier', 'customer',
  'licensor', 'licensee', 'plaintiff', 'defendant', 'rival', 'parent', 'spun-off',
] as const;

export const RELATION_STATUSES = ['reported', 'announced', 'completed', 'cancelled', 'ended'] as const;
export const CHANGE_KINDS = ['started', 'expanded', 'reduced', 'paused', 'winding-down', 'ended'] as const;

export const VendorChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  date: partialDate,
  /** "reported": others say so, unconfirmed by the parties. */
  confirmed: z.boolean(),
  summary: text,
  causeId: z.optional(slug),
  sources: z.array(SourceSchema).check(z.minLength(1, 'needs at least one source')),
});

export const RelationSchema = z.object({
  id: slug,
  kind: z.enum(RELATION_KINDS),
  parties: z.array(z.object({ companyId: slug, role: z.enum(PARTY_ROLES) })).check(z.minLength(2, 'needs two parties')),
  status: z.enum(RELATION_STATUSES),
  announced: partialDate,
  closed: z.optional(partialDate),
  value: z.optional(z.object({
    amount: z.number().check(z.positive()),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"')),
  })),
  stakePercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  summary: text,
  sources: z.array(SourceSchema).check(z.minLength(1, 'needs at least one source')),
  changes: z.optional(z.array(VendorChangeSchema)),
});

export const DatasetSchema = z.object({
  companies: z.array(CompanySchema),
  relations: z.array(RelationSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type VendorChange = z.infer<typeof VendorChangeSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type RelationKind = (typeof RELATION_KINDS)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];
