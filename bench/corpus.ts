// Inputs for the benchmarks: real page text and real company names from ../shared/corpus when it is
// there (read only, never copied into the project), generated stand-ins otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../scripts/engine-on-page';

export const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(path.join(CORPUS, 'news')) && existsSync(path.join(CORPUS, 'names'));
}

/** The real pages' HTML, largest first. */
export function corpusPages(): { name: string; html: string }[] {
  const dir = path.join(CORPUS, 'news');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'source.html')))
    .map((name) => ({ name, html: readFileSync(path.join(dir, name, 'source.html'), 'utf8') }))
    .sort((a, b) => b.html.length - a.html.length);
}

/** The readable text of the real pages, joined; generated prose when the corpus is absent. */
export function pageText(): { text: string; source: string } {
  const pages = corpusPages();
  if (pages.length === 0) return { text: generatedProse(2_000_000), source: 'generated prose (../shared/corpus absent)' };
  // The text a reader sees: scripts and styles are not read by the extension either.
  const text = pages.map(({ html }) => {
    const document = parsePage(html);
    for (const element of Array.from(document.querySelectorAll('script, style, noscript, template'))) element.remove();
    return document.body?.textContent ?? '';
  }).join('\n');
  return { text, source: `${pages.length} real pages from ../shared/corpus/news` };
}

/** Real company names (SEC tickers, simple-icons, a spell-checker list), deduplicated. */
export function realNames(): string[] {
  const names = new Set<string>();
  const sec = path.join(CORPUS, 'names/sec-company-tickers/company_tickers.json');
  if (existsSync(sec)) {
    for (const entry of Object.values(JSON.parse(readFileSync(sec, 'utf8')) as Record<string, { title: string }>)) names.add(entry.title);
  }
  const icons = path.join(CORPUS, 'names/simple-icons/simple-icons.json');
  if (existsSync(icons)) {
    for (const icon of JSON.parse(readFileSync(icons, 'utf8')) as { title: string }[]) names.add(icon.title);
  }
  const cspell = path.join(CORPUS, 'names/cspell-dict-companies/companies.txt');
  if (existsSync(cspell)) {
    // A spell-checker's list: besides names it holds the words some names were split into ("and",
    // "of", "s", "company"). Those fragments, with no capital and no digit, are not names: as
    // case-sensitive names they would match every "and" of the text.
    for (const line of readFileSync(cspell, 'utf8').split('\n')) {
      const name = line.trim();
      if (name && !name.startsWith('#') && /[\p{Lu}\p{N}]/u.test(name)) names.add(name);
    }
  }
  return [...names];
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'sa', 'qui', 'bran', 'dell', 'nor', 'pha', 'zen', 'tri', 'gal', 'mon', 'ux', 'ly'];
const SUFFIXES = ['Labs', 'Systems', 'Group', 'Capital', 'Energy', 'Bio', 'AI', 'Networks', 'Foods', 'Motors'];

/** A small seeded generator (mulberry32): the same made-up names and prose in every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` names: the real ones first, then made-up names of the same shape. */
export function companyNames(count: number): string[] {
  const names = realNames().slice(0, count);
  const random = seeded(7);
  const seen = new Set(names);
  while (names.length < count) {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    let name = `${word[0]!.toUpperCase()}${word.slice(1)}${random() < 0.5 ? ` ${SUFFIXES[Math.floor(random() * SUFFIXES.length)]}` : ''}`;
    // Past the combinations of syllables, a number keeps names distinct.
    if (seen.has(name)) name = `${name} ${names.length}`;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

const PROSE = ['the', 'company', 'said', 'on', 'Tuesday', 'that', 'its', 'quarterly', 'revenue', 'rose', 'while', 'shares', 'of', 'rivals', 'fell', 'in', 'early', 'trading', 'and', 'analysts', 'expect', 'more', 'deals', 'this', 'year', 'Apple', 'Microsoft', 'Nvidia'];

export function generatedProse(length: number): string {
  const random = seeded(11);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = PROSE[Math.floor(random() * PROSE.length)]!;
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ');
}
