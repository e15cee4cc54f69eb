// Builds the extension for one browser: `vite build --mode chrome` or `--mode firefox`.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for';
import { bundledDataset } from './scripts/vite-plugin-bundled-dataset';
import { CARD_ENTRY, cardChunk } from './scripts/vite-plugin-card-chunk';
import { CARD_CHUNK } from './src/shared/card-chunk';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    root: 'src',
    publicDir: '../public',
    plugins: [
      // BACKSTORY_DATA_DIR and BACKSTORY_OUT_DIR: another dataset in another folder (the benchmark's
      // baseline build); both default to the project's data/ and dist/.
      bundledDataset(process.env.BACKSTORY_DATA_DIR ? path.resolve(process.env.BACKSTORY_DATA_DIR) : undefined),
      preact(),
      crx({
        manifest: manifestFor(manifest, target) as unknown as ManifestV3Export,
        browser: target,
        // The content script is one classic script, not a loader that import()s modules: it runs
        // as the page starts loading, asks what to mark while the page is parsed, and marks the top
        // of the page before its first layout. (An import() would wait until after that layout.)
        contentScripts: { standaloneFiles: ['content/index.ts'] },
      }),
      cardChunk(),
    ],
    build: {
      outDir: process.env.BACKSTORY_OUT_DIR ? path.resolve(process.env.BACKSTORY_OUT_DIR, target) : `../dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // The extension ships its own code: no source maps pointing at a dev server.
      sourcemap: false,
      // BACKSTORY_NO_MINIFY=1 npm run build: readable function names in a profile of a page.
      minify: process.env.BACKSTORY_NO_MINIFY ? false : 'oxc',
      // No <link rel=modulepreload> helper: in the content script it would add elements to the
      // reader's page and resolve chunk paths against the page's address. Chunks load by import().
      modulePreload: false,
      // Pages the manifest does not name (the full profile) are built as pages of their own, and the
      // hover card's code as an entry at a fixed address the content script loads.
      rollupOptions: {
        input: { profile: path.resolve(import.meta.dirname, 'src/profile.html'), [CARD_ENTRY]: path.resolve(import.meta.dirname, 'src/content/card/card-host.ts') },
        output: { entryFileNames: (chunk) => (chunk.name === CARD_ENTRY ? CARD_CHUNK : 'assets/[name]-[hash].js') },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//, /moz-extension:\/\//] } },
  };
});
