// `npm run data:logos`: proposes simple-icons marks for companies that have none in data/logos.json
// (matching an icon's title to the company's name, legal name or an alias) and prints them for review.
// With --write it adds them to data/logos.json; check the list first: a name can be another brand.
import { writeFileSync } from 'node:fs';
import { compileProjectDataset } from './dataset-source';
import { allIcons, LOGOS_FILE, readLogoSlugs } from './logo-source';

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const { dataset } = compileProjectDataset();
const slugs = readLogoSlugs();
const byTitle = new Map(allIcons().map((icon) => [normalize(icon.title), icon]));
const proposals: Record<string, string | null> = {};
for (const company of dataset.companies) {
  if (Object.hasOwn(slugs, company.id)) continue;
  for (const name of [company.name, company.legalName, ...company.aliases.map((alias) => alias.text)]) {
    const icon = name === undefined ? undefined : byTitle.get(normalize(name));
    if (icon) {
      proposals[company.id] = icon.slug;
      console.log(`${company.id} (${company.name}, ${company.website ?? 'no website'}) -> ${icon.slug} (“${icon.title}”)`);
      break;
    }
  }
}
if (Object.keys(proposals).length === 0) console.log('No new proposals.');
if (process.argv.includes('--write')) {
  const merged = Object.fromEntries(Object.entries({ ...slugs, ...proposals }).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(LOGOS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(merged).length} marks to data/logos.json`);
}
