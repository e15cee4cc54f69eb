// What the extension ships, from the Chrome build: the JavaScript every page loads (the content
// script and any chunks it imports, gzipped one by one as a browser would read them from the
// package), the card's chunks loaded on the first hover, and the bundled data (the dataset and the
// brand marks).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = path.resolve(import.meta.dirname, '../dist/chrome');

export interface Sizes {
  /** What every page loads: the loader and the chunks it imports statically. */
  contentScriptKB: number;
  contentScriptGzipKB: number;
  /** What loads when the pointer first rests on a mention: the card (Preact, Floating UI, views). */
  cardChunksGzipKB: number;
  datasetKB: number;
  datasetGzipKB: number;
  logosKB: number;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/** The chunks a module imports statically ("./x.js"), not those it loads with import(). */
function staticImports(code: string): string[] {
  return Array.from(code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+\.js)["']/g), (match) => match[1]!);
}

export function measureSizes(): Sizes | { skipped: string } {
  const manifestPath = path.join(BUILD, 'manifest.json');
  if (!existsSync(manifestPath)) return { skipped: 'no build: run npm run build' };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  const read = (file: string) => readFileSync(path.join(BUILD, file));
  const gzipKB = (files: Iterable<string>) => kb([...files].reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0));
  // The content script and whatever it imports statically is what every page loads (a loader's
  // getURL import counts too, should the build go back to one). The other web-accessible chunks
  // (the card's module and its imports) load on the first hover.
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    const code = read(file).toString('utf8');
    for (const target of Array.from(code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g), (match) => match[1]!)) visit(target);
    for (const name of staticImports(code)) visit(path.posix.join(path.posix.dirname(file), name));
  };
  for (const file of manifest.content_scripts.flatMap((script) => script.js)) visit(file);
  const accessible = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources).filter((file) => file.endsWith('.js'));
  const lazy = accessible.filter((file) => !eager.has(file));
  const raw = [...eager].reduce((sum, file) => sum + read(file).length, 0);
  const dataDir = path.join(BUILD, 'data');
  const dataFile = (prefix: string) => readdirSync(dataDir).find((name) => name.startsWith(prefix))!;
  const dataset = readFileSync(path.join(dataDir, dataFile('dataset-')));
  const logos = readFileSync(path.join(dataDir, dataFile('logos-')));
  return {
    contentScriptKB: kb(raw),
    contentScriptGzipKB: gzipKB(eager),
    cardChunksGzipKB: gzipKB(lazy),
    datasetKB: kb(dataset.length),
    datasetGzipKB: kb(gzipSync(dataset, { level: 9 }).length),
    logosKB: kb(logos.length),
  };
}
