// Which real browsers the end-to-end suites can drive, and what to do when one is missing.
import { BROWSERS, findBrowser, type BrowserKind } from '../../../scripts/find-browser.mjs';

/**
 * The browser's path; when it is missing, says which and how to install it. Under CI a missing
 * browser fails the run instead of skipping the suite.
 */
export function browserOrSkip(kind: BrowserKind): string | undefined {
  const found = findBrowser(kind);
  if (found) return found;
  const message = `${kind} was not found, so its end-to-end tests cannot run. Install it: ${BROWSERS[kind].install}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return undefined;
}
