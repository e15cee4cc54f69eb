// Which sites Backstory runs on. A rule "example.com" covers the domain and its subdomains.

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

export function ruleCovers(rule: string, hostname: string): boolean {
  const host = normalizeSite(hostname);
  return host !== undefined && (host === rule || host.endsWith(`.${rule}`));
}

export function isSiteEnabled(disabledSites: readonly string[], hostname: string): boolean {
  return !disabledSites.some((rule) => ruleCovers(rule, hostname));
}
