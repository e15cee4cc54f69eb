// The brand marks shipped in the package (see scripts/logo-source.ts). Read on first use; a worker
// that restarts reads them again, so nothing depends on this cache surviving.
import browser from 'webextension-polyfill';
import { logosPath } from 'virtual:bundled-dataset';
import type { CompanyLogo } from '../core/display/company-profile';

let logos: Promise<Record<string, CompanyLogo>> | undefined;

export function readLogos(): Promise<Record<string, CompanyLogo>> {
  logos ??= fetch(browser.runtime.getURL(logosPath))
    .then((response) => response.json() as Promise<Record<string, CompanyLogo>>)
    .catch((error: unknown) => {
      logos = undefined;
      throw error;
    });
  return logos;
}
