// Brand marks for the bundled companies, from simple-icons (CC0). data/logos.json maps a company id
// to a simple-icons slug; it is written by `npm run data:logos` and reviewed by hand, because the
// same name can be another brand's icon (Lucid the software company is not Lucid Motors).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as simpleIcons from 'simple-icons';
import type { CompanyLogo } from '../src/core/display/company-profile';
import { DATA_DIR } from './dataset-source';

export const LOGOS_FILE = path.join(DATA_DIR, 'logos.json');

interface SimpleIcon {
  title: string;
  slug: string;
  hex: string;
  path: string;
}

export function allIcons(): SimpleIcon[] {
  return Object.values(simpleIcons as Record<string, unknown>).filter(
    (value): value is SimpleIcon => typeof value === 'object' && value !== null && 'slug' in value && 'path' in value,
  );
}

/** The reviewed mapping, company id to slug; null records "reviewed: that icon is another brand". */
export function readLogoSlugs(file = LOGOS_FILE): Record<string, string | null> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | null>;
}

/** Resolves the reviewed slugs into marks; a slug simple-icons no longer has is an error. */
export function compileLogos(slugs: Record<string, string | null>, companyIds: ReadonlySet<string>): Record<string, CompanyLogo> {
  const bySlug = new Map(allIcons().map((icon) => [icon.slug, icon]));
  const logos: Record<string, CompanyLogo> = {};
  const problems: string[] = [];
  for (const [companyId, slug] of Object.entries(slugs)) {
    if (slug === null) continue;
    const icon = bySlug.get(slug);
    if (!companyIds.has(companyId)) problems.push(`data/logos.json: "${companyId}" is not a company in the dataset`);
    else if (!icon) problems.push(`data/logos.json (${companyId}): simple-icons has no icon "${slug}"`);
    else logos[companyId] = { path: icon.path, hex: icon.hex };
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return logos;
}
