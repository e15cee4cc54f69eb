// Finds the real browsers the end-to-end suites drive. Nothing here downloads a browser.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, { env: string; names: string[]; install: string }> = {
  chromium: {
    env: 'BACKSTORY_CHROMIUM',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    install: 'sudo apt-get install -y chromium (or set BACKSTORY_CHROMIUM to a Chromium-family browser)',
  },
  firefox: {
    env: 'BACKSTORY_FIREFOX',
    names: ['firefox-esr', 'firefox'],
    install: 'sudo apt-get install -y firefox-esr (or set BACKSTORY_FIREFOX to a Firefox binary)',
  },
};

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(kind: BrowserKind): string | undefined {
  const { env, names } = CANDIDATES[kind];
  const named = process.env[env];
  if (named) return isExecutable(named) ? named : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/**
 * The browser's path; when it is missing, says which and how to install it. Under CI a missing
 * browser fails the run instead of skipping the suite.
 */
export function browserOrSkip(kind: BrowserKind): string | undefined {
  const found = findBrowser(kind);
  if (found) return found;
  const message = `${kind} was not found, so its end-to-end tests cannot run. Install it: ${CANDIDATES[kind].install}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return undefined;
}
