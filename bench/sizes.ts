// What the extension ships, from the Chrome build: the JavaScript every page loads (the content
// script's loader and the chunks it imports, gzipped one by one as a browser would fetch them from
// the package), and the bundled data (the dataset and the brand marks).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = path.resolve(import.meta.dirname, '../dist/chrome');

export interface Sizes {
  contentScriptKB: number;
  contentScriptGzipKB: number;
  datasetKB: number;
  datasetGzipKB: number;
  logosKB: number;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

export function measureSizes(): Sizes | { skipped: string } {
  const manifestPath = path.join(BUILD, 'manifest.json');
  if (!existsSync(manifestPath)) return { skipped: 'no build: run npm run build' };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  // crxjs loads the content script through a loader that imports its chunks, which it lists as
  // web-accessible resources.
  const files = [
    ...manifest.content_scripts.flatMap((script) => script.js),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources).filter((file) => file.endsWith('.js')),
  ];
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(path.join(BUILD, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const dataDir = path.join(BUILD, 'data');
  const dataFile = (prefix: string) => readdirSync(dataDir).find((name) => name.startsWith(prefix))!;
  const dataset = readFileSync(path.join(dataDir, dataFile('dataset-')));
  const logos = readFileSync(path.join(dataDir, dataFile('logos-')));
  return {
    contentScriptKB: kb(raw),
    contentScriptGzipKB: kb(gzip),
    datasetKB: kb(dataset.length),
    datasetGzipKB: kb(gzipSync(dataset, { level: 9 }).length),
    logosKB: kb(logos.length),
  };
}
