// Which pages count as sources: a publisher's own article, a company's own release, a filing.
// The lists live in data/sources.json (reviewed like the facts); this file only applies them.
import { z } from 'zod/mini';

export const SOURCE_TYPES = ['news', 'release', 'filing', 'encyclopedia'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

const domain = z.string().check(z.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a bare lowercase domain such as "reuters.com"'));
const reason = z.string().check(z.minLength(1), z.maxLength(200));

/** data/sources.json, checked before it is used: a typo there must not wave sources through. */
export const SourcePolicySchema = z.strictObject({
  publishers: z.record(domain, z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    type: z.enum(SOURCE_TYPES),
    trusted: z.optional(z.boolean()),
  })),
  releaseWires: z.array(domain),
  companyDomains: z.record(domain, z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
  refusedDomains: z.record(domain, reason),
  refusedLinks: z.array(z.strictObject({
    pattern: z.string().check(z.refine((value) => { try { new RegExp(value); return true; } catch { return false; } }, 'must be a valid regular expression')),
    reason,
  })),
  httpOnly: z.array(domain),
});

/** Domain keys are bare ("reuters.com"); a subdomain belongs to its domain ("news.bbc.co.uk"). */
export type SourcePolicy = z.infer<typeof SourcePolicySchema>;
export type PublisherEntry = SourcePolicy['publishers'][string];

export type SourceVerdict =
  | { ok: true; type: SourceType; publisher: string; domain: string; trusted: boolean; companyId?: string }
  | { ok: false; reason: string };

/** What the policy needs to know about the dataset's companies. */
export interface CompanySite {
  id: string;
  names: readonly string[];
  website?: string;
}

/** The companies as the policy sees them: a release on a company's own site credits its name. */
export function companySites(companies: readonly { id: string; name: string; legalName?: string | undefined; website?: string | undefined }[]): CompanySite[] {
  return companies.map((c) => ({ id: c.id, names: c.legalName ? [c.name, c.legalName] : [c.name], ...(c.website ? { website: c.website } : {}) }));
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The entry for a host or the nearest parent domain that has one ("news.bbc.co.uk" → "bbc.co.uk"). */
function lookup<T>(table: ReadonlyMap<string, T>, host: string): [string, T] | undefined {
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const entry = table.get(domain);
    if (entry !== undefined) return [domain, entry];
  }
  return undefined;
}

// "Yahoo News (Reuters)": a site credited with another outlet's story is a repost.
const REPOST_CREDIT = /\(([^)]+)\)\s*$/;

/** Compiles the policy once for many sources. */
export function sourceClassifier(policy: SourcePolicy, companies: readonly CompanySite[]): (source: { url: string; publisher: string }) => SourceVerdict {
  const publishers = new Map(Object.entries(policy.publishers));
  const refused = new Map(Object.entries(policy.refusedDomains));
  const wires = new Map(policy.releaseWires.map((domain) => [domain, true]));
  const httpOnly = new Map(policy.httpOnly.map((domain) => [domain, true]));
  const links = policy.refusedLinks.map(({ pattern, reason }) => ({ pattern: new RegExp(pattern, 'i'), reason }));
  const byId = new Map(companies.map((company) => [company.id, company]));
  const owned = new Map<string, CompanySite>();
  for (const company of companies) if (company.website) owned.set(company.website.toLowerCase().replace(/^www\./, ''), company);
  for (const [domain, id] of Object.entries(policy.companyDomains)) {
    const company = byId.get(id);
    if (company) owned.set(domain, company);
  }

  return ({ url, publisher }) => {
    const host = hostOf(url);
    if (host === undefined) return { ok: false, reason: 'is not a URL' };
    const refusal = lookup(refused, host);
    if (refusal) return { ok: false, reason: `${refusal[0]} is not a source: ${refusal[1]}` };
    for (const link of links) if (link.pattern.test(url)) return { ok: false, reason: `this link is not an article: ${link.reason}` };
    if (url.startsWith('http://') && !lookup(httpOnly, host)) return { ok: false, reason: `${host} serves https: cite the https:// address` };
    const credit = REPOST_CREDIT.exec(publisher);
    if (credit) return { ok: false, reason: `"${publisher}" credits another outlet (${credit[1]}): cite that outlet's own page` };

    const known = lookup(publishers, host);
    if (known) {
      const [domain, entry] = known;
      if (publisher !== entry.name) return { ok: false, reason: `a page on ${domain} is published by "${entry.name}", not "${publisher}"` };
      return { ok: true, type: entry.type, publisher: entry.name, domain, trusted: entry.trusted === true };
    }
    const company = lookup(owned, host);
    if (company) {
      const [domain, site] = company;
      if (!site.names.includes(publisher)) return { ok: false, reason: `${domain} is ${site.id}'s own site: credit it as "${site.names[0]}"` };
      return { ok: true, type: 'release', publisher, domain, trusted: true, companyId: site.id };
    }
    const wire = lookup(wires, host);
    // The issuing company speaks for itself there, as on its own site.
    if (wire) return { ok: true, type: 'release', publisher, domain: wire[0], trusted: true };
    return { ok: false, reason: `${host} is not a known publisher: add it to data/sources.json (publishers, with its name and type) or to its refusals` };
  };
}
