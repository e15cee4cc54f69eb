// The dataset's shape: one schema (zod/mini) for the bundled data, `npm run data:check` and the
// reader's own imports. data/README.md documents every field.
import { z } from 'zod/mini';
import { isRealPastDate } from './dates';
import { CHANGE_KINDS, COMPANY_KINDS, EVIDENCE_KINDS, PARTY_ROLES, RELATION_KINDS, RELATION_STATUSES, SECTORS } from './taxonomy';

export { CHANGE_KINDS, COMPANY_KINDS, EVIDENCE_KINDS, PARTY_ROLES, RELATION_KINDS, RELATION_STATUSES, SECTORS };

z.config(z.locales.en());

const slug = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "scale-ai"'),
);
const text = z.string().check(
  z.minLength(1),
  z.maxLength(400),
  z.refine((value) => !/\p{Cc}/u.test(value), 'must not contain control characters'),
);
/** "2025", "2025-06" or "2025-06-12": the form is the precision (year, month or day). */
const partialDate = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((value) => isRealPastDate(value), 'must be a real date, not in the future'),
);
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL' }).check(z.maxLength(2000));

export const SourceSchema = z.strictObject({
  url: httpUrl,
  publisher: text,
  title: text,
  date: partialDate,
});

/** What makes an ambiguous alias ("Apple", "Target", "X") count as the company. */

export const AliasSchema = z.strictObject({
  text,
  /** Most names are only names when capitalised ("Meta", not "meta-analysis"). */
  caseSensitive: z._default(z.boolean(), true),
  /** Also an ordinary word or another thing's name: marked only with evidence. */
  ambiguous: z._default(z.boolean(), false),
  /** For an ambiguous alias, any one of these makes a mention count. */
  evidence: z.optional(z.array(z.enum(EVIDENCE_KINDS)).check(z.minLength(1))),
});



export const CompanySchema = z.strictObject({
  id: slug,
  name: text,
  legalName: z.optional(text),
  aliases: z.array(AliasSchema).check(z.minLength(1, 'needs at least one alias (usually its name)')),
  formerNames: z.optional(z.array(z.strictObject({ name: text, until: z.optional(partialDate) }))),
  tickers: z.optional(z.array(z.strictObject({
    symbol: z.string().check(z.regex(/^[A-Z0-9.-]{1,10}$/, 'must be an upper-case ticker symbol such as "META"')),
    exchange: z.string().check(z.regex(/^[A-Z][A-Za-z ]{1,20}$/, 'must be an exchange code such as "NASDAQ"')),
  }))),
  website: z.optional(z.string().check(z.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a bare domain such as "openai.com"'))),
  kind: z.enum(COMPANY_KINDS),
  parentId: z.optional(slug),
  sector: z.optional(z.enum(SECTORS)),
  headquarters: z.optional(text),
  /** ISO 3166-1 alpha-2 code of the headquarters' country ("US", "GB", "JP"). */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "US"'))),
  founded: z.optional(z.number().check(z.int(), z.minimum(1600), z.maximum(2100))),
  description: text,
  wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as "Q380"'))),
});




export const VendorChangeSchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  date: partialDate,
  /** false: others report it and the parties have not confirmed it. */
  confirmed: z.boolean(),
  summary: text,
  /** The relation that led to this change (Meta's stake, for OpenAI winding down Scale AI). */
  causeId: z.optional(slug),
  sources: z.array(SourceSchema).check(z.minLength(1, 'needs at least one source')),
});

export const RelationSchema = z.strictObject({
  id: slug,
  kind: z.enum(RELATION_KINDS),
  parties: z.array(z.strictObject({ companyId: slug, role: z.enum(PARTY_ROLES) })).check(
    z.minLength(2, 'needs at least two parties'),
    z.maxLength(20),
  ),
  status: z.enum(RELATION_STATUSES),
  announced: partialDate,
  /** When the deal completed. */
  closed: z.optional(partialDate),
  /** When it ended, was cancelled or was blocked. */
  ended: z.optional(partialDate),
  value: z.optional(z.strictObject({
    amount: z.number().check(z.positive(), z.lte(1e13)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"')),
  })),
  stakePercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  summary: text,
  /** An open deal long after its announcement: what it still awaits, and as of when. */
  pending: z.optional(text),
  /** Other relations this one names (a second stake in the same company, a renewed contract). */
  related: z.optional(z.array(slug).check(z.minLength(1), z.maxLength(20))),
  sources: z.array(SourceSchema).check(z.minLength(1, 'needs at least one source')),
  /** Vendor relationships only: how it changed over time, oldest first. */
  changes: z.optional(z.array(VendorChangeSchema).check(z.minLength(1))),
});

export const DatasetSchema = z.strictObject({
  companies: z.array(CompanySchema),
  relations: z.array(RelationSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Company = z.infer<typeof CompanySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type VendorChange = z.infer<typeof VendorChangeSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type RelationKind = (typeof RELATION_KINDS)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];
