// `npm run package`: the two zip files a store takes, from the builds in dist/.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
const out = path.join(ROOT, 'artifacts');
const webExt = path.join(ROOT, 'node_modules/.bin/web-ext');

for (const target of ['chrome', 'firefox']) {
  const filename = `backstory-${target}-${version}.zip`;
  rmSync(path.join(out, filename), { force: true });
  execFileSync(webExt, ['build', '--source-dir', path.join(ROOT, 'dist', target), '--artifacts-dir', out, '--filename', filename], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`artifacts/${filename}`);
}
