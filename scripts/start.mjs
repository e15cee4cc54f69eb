// `npm start`: opens a Chromium-family browser with the freshly built extension on the demo
// article, served from 127.0.0.1. Without a display or a browser, explains how to load it by hand.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser.mjs';
import { startPageServer } from './page-server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROME_BUILD = path.join(ROOT, 'dist/chrome');
const FIREFOX_BUILD = path.join(ROOT, 'dist/firefox');

const byHand = `Load the extension by hand:
  Chrome, Chromium, Edge, Brave: open chrome://extensions, switch on "Developer mode",
    choose "Load unpacked" and pick ${CHROME_BUILD}
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
    and pick ${path.join(FIREFOX_BUILD, 'manifest.json')}
Then open any news page, or the demo article: run "npm start" where a browser can open,
or serve demo/article.html yourself.`;

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = findBrowser('chromium');

if (!hasDisplay || !browser) {
  console.log(
    !hasDisplay
      ? 'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser can open.'
      : 'No Chromium-family browser was found on the PATH. Set BACKSTORY_CHROMIUM to one (e.g. /usr/bin/chromium).',
  );
  console.log(`\nThe builds are ready in dist/.\n${byHand}`);
  process.exit(0);
}

const server = await startPageServer({ port: Number(process.env.BACKSTORY_PORT ?? 0) });
const demo = server.url('/demo/article.html');
const profile = mkdtempSync(path.join(os.tmpdir(), 'backstory-start-'));
console.log(`Opening ${demo} in ${browser} with Backstory loaded (a fresh profile in ${profile}).`);
console.log('Rest the pointer on a company name; click the toolbar icon to search. Close the browser to stop.');
const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${CHROME_BUILD}`,
    `--load-extension=${CHROME_BUILD}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to run as root with its sandbox (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demo,
  ],
  { stdio: 'inherit' },
);
child.on('exit', async (code) => {
  if (code) console.error(`\n${browser} exited with code ${code}.\n${byHand}`);
  await server.close();
  process.exit(code ? 1 : 0);
});
child.on('error', async (error) => {
  console.error(`Could not start ${browser}: ${error.message}\n\n${byHand}`);
  await server.close();
  process.exit(1);
});
