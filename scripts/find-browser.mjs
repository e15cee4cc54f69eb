// Finds a Chromium-family browser for `npm start`: BACKSTORY_BROWSER, or a known name on the PATH.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-for-testing', 'google-chrome', 'google-chrome-stable', 'brave-browser', 'microsoft-edge'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findChromiumFamily(env = process.env) {
  if (env.BACKSTORY_BROWSER) return isExecutable(env.BACKSTORY_BROWSER) ? env.BACKSTORY_BROWSER : undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}
