// Compiles data/*.jsonl into the file the extension ships (checked, compact, named by its content
// hash) and exposes its path and version to the background as `virtual:bundled-dataset`.
// A dataset with problems fails the build with every problem listed.
import type { Plugin } from 'vite';
import path from 'node:path';
import { compileProjectDataset, DATA_DIR, SOURCE_FILES } from './dataset-source';
import { fingerprintText } from '../src/core/dataset/fingerprint';
import { compileLogos, LOGOS_FILE, readLogoSlugs } from './logo-source';

const VIRTUAL_ID = 'virtual:bundled-dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** `dataDir`: the dataset to ship (data/, or a benchmark's baseline folder). */
export function bundledDataset(dataDir: string = DATA_DIR): Plugin {
  return {
    name: 'backstory:bundled-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(SOURCE_FILES)) this.addWatchFile(path.join(dataDir, file));
      const logoSlugsFile = path.join(dataDir, path.basename(LOGOS_FILE));
      this.addWatchFile(logoSlugsFile);
      const { version, json, dataset } = compileProjectDataset(dataDir);
      const fileName = `data/dataset-${version}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      // Brand marks stay out of the database and the content script: the background reads them
      // from the package when it builds a profile.
      const logosJson = JSON.stringify(compileLogos(readLogoSlugs(logoSlugsFile), new Set(dataset.companies.map((company) => company.id))));
      const logosFile = `data/logos-${fingerprintText(logosJson)}.json`;
      this.emitFile({ type: 'asset', fileName: logosFile, source: logosJson });
      return [
        `export const version = ${JSON.stringify(version)};`,
        `export const path = ${JSON.stringify(fileName)};`,
        `export const logosPath = ${JSON.stringify(logosFile)};`,
        '',
      ].join('\n');
    },
  };
}
