// Which sites Backstory runs on: everywhere except some sites, or only on some, each rule a domain
// with or without its subdomains; a global pause overrides both.
import type { Settings, SiteRule } from './settings';

/**
 * Turns what a reader types or a tab's URL into the hostname a rule is kept under:
 * lowercase, no scheme, path or port, no leading "www.". Returns undefined when it is not a host.
 */
export function normalizeSite(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  if (value === '') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(value)) value = `http://${value}`;
  let host: string;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // "mailto:bob@example.com" or "user:pw@host" are not site addresses.
    if (url.username !== '' || url.password !== '') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^(\[[0-9a-f:]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/.test(host)) return undefined;
  return host;
}

/** Whether a rule applies to a normalised hostname. */
export function ruleCovers(rule: SiteRule, host: string): boolean {
  return host === rule.host || (rule.subdomains && host.endsWith(`.${rule.host}`));
}

/** Whether Backstory runs on a site (any hostname or address; undefined when it is not one). */
export function isSiteEnabled(settings: Settings, site: string): boolean {
  const host = normalizeSite(site);
  if (settings.paused || host === undefined) return false;
  if (settings.siteMode === 'only') return settings.onlySites.some((rule) => ruleCovers(rule, host));
  return !settings.offSites.some((rule) => ruleCovers(rule, host));
}

function sortedRules(rules: SiteRule[]): SiteRule[] {
  return rules.sort((a, b) => a.host.localeCompare(b.host) || Number(a.subdomains) - Number(b.subdomains));
}

/**
 * The reader switched a site on or off (the popup's switch). Switching on removes every rule that
 * kept it off (or adds it to the "only" list); switching off adds the site with its subdomains (or
 * removes the rules that let it run).
 */
export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const host = normalizeSite(site);
  if (host === undefined) return settings;
  const covering = (rule: SiteRule) => ruleCovers(rule, host);
  const added = (rules: SiteRule[]) => sortedRules([...rules.filter((rule) => rule.host !== host), { host, subdomains: true }]);
  if (settings.siteMode === 'only') {
    return { ...settings, onlySites: enabled ? added(settings.onlySites) : settings.onlySites.filter((rule) => !covering(rule)) };
  }
  return { ...settings, offSites: enabled ? settings.offSites.filter((rule) => !covering(rule)) : added(settings.offSites) };
}

/** Whether Backstory marks a page: local files always (no site rules apply to them), unless paused. */
export function isPageEnabled(settings: Settings, url: string): boolean {
  if (settings.paused) return false;
  if (url.startsWith('file:')) return true;
  return isSiteEnabled(settings, url);
}
