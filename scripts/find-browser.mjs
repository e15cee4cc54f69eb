// Finds the browsers on this machine, for `npm start`, screenshots and the end-to-end tests:
// the path in an environment variable, or a known name on the PATH. Nothing is downloaded.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const BROWSERS = {
  chromium: {
    env: 'BACKSTORY_CHROMIUM',
    names: ['chromium', 'chromium-browser', 'google-chrome-for-testing', 'google-chrome', 'google-chrome-stable', 'brave-browser', 'microsoft-edge'],
    install: 'apt-get install -y chromium (or set BACKSTORY_CHROMIUM to a Chromium-family browser)',
  },
  firefox: {
    env: 'BACKSTORY_FIREFOX',
    names: ['firefox-esr', 'firefox'],
    install: 'apt-get install -y firefox-esr (or set BACKSTORY_FIREFOX to a Firefox binary)',
  },
};

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {'chromium' | 'firefox'} kind
 * @returns {string | undefined}
 */
export function findBrowser(kind, env = process.env) {
  const { env: variable, names } = BROWSERS[kind];
  const named = env[variable];
  if (named) return isExecutable(named) ? named : undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}
