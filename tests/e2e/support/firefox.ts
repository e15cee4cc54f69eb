// Real Firefox (firefox-esr) with the built extension (dist/firefox), driven by puppeteer-core
// over WebDriver BiDi.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../../dist/firefox');

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(executablePath: string): Promise<FirefoxWithExtension> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No build at ${FIREFOX_BUILD}: run "npm run build" first.`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'backstory-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // No network beyond loopback here: keep Firefox from reaching out at start.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
