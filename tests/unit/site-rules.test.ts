import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings/settings';
import { isPageEnabled, isSiteEnabled, normalizeSite, ruleCovers, withSiteEnabled } from '../../src/core/settings/site-rules';

describe('normalizeSite', () => {
  it('keeps only the lowercase hostname, without www., port, path or trailing dot', () => {
    expect(normalizeSite('https://www.Example.com:8080/path?q=1#x')).toBe('example.com');
    expect(normalizeSite('EXAMPLE.com.')).toBe('example.com');
    expect(normalizeSite('  news.example.com  ')).toBe('news.example.com');
    expect(normalizeSite('http://www.www.example.com')).toBe('www.example.com');
  });

  it('accepts IP addresses and single-label hosts', () => {
    expect(normalizeSite('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeSite('http://[::1]:8080/')).toBe('[::1]');
    expect(normalizeSite('localhost')).toBe('localhost');
  });

  it('turns an internationalised name into punycode', () => {
    expect(normalizeSite('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeSite('https://BÜCHER.de/a')).toBe('xn--bcher-kva.de');
  });

  it('returns undefined for what is not a web host', () => {
    for (const input of ['', '   ', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.com', 'chrome://extensions', 'not a host!', 'www.', 'a..b', 'http://', 'mailto:bob@example.com', 'user:pw@example.com']) {
      expect(normalizeSite(input), JSON.stringify(input)).toBeUndefined();
    }
  });
});

const site = (host: string, subdomains = true) => ({ host, subdomains });
const settingsWith = (changes: Partial<Settings>): Settings => ({ ...defaultSettings(), ...changes });

describe('ruleCovers', () => {
  it('covers the domain and, when asked, its subdomains', () => {
    expect(ruleCovers(site('example.com'), 'example.com')).toBe(true);
    expect(ruleCovers(site('example.com'), 'news.eu.example.com')).toBe(true);
    expect(ruleCovers(site('example.com', false), 'example.com')).toBe(true);
    expect(ruleCovers(site('example.com', false), 'news.example.com')).toBe(false);
  });

  it('does not cover lookalikes or parents', () => {
    expect(ruleCovers(site('example.com'), 'notexample.com')).toBe(false);
    expect(ruleCovers(site('example.com'), 'example.com.evil.net')).toBe(false);
    expect(ruleCovers(site('example.com'), 'example.co')).toBe(false);
    expect(ruleCovers(site('news.example.com'), 'example.com')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('runs everywhere except the sites switched off', () => {
    const settings = settingsWith({ offSites: [site('example.com'), site('other.org', false)] });
    expect(isSiteEnabled(defaultSettings(), 'example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'https://www.example.com/story')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'other.org')).toBe(false);
    expect(isSiteEnabled(settings, 'shop.other.org')).toBe(true);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(true);
  });

  it('runs only on the listed sites in "only" mode', () => {
    const settings = settingsWith({ siteMode: 'only', onlySites: [site('example.com', false)], offSites: [site('example.com')] });
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'other.org')).toBe(false);
  });

  it('runs nowhere while paused', () => {
    expect(isSiteEnabled(settingsWith({ paused: true }), 'example.com')).toBe(false);
    expect(isPageEnabled(settingsWith({ paused: true }), 'file:///home/me/a.html')).toBe(false);
  });

  it('matches internationalised domains in either spelling, ignores ports, and never runs on non-web pages', () => {
    const settings = settingsWith({ offSites: [site(normalizeSite('bücher.de')!)] });
    expect(normalizeSite('bücher.de')).toBe('xn--bcher-kva.de');
    expect(isSiteEnabled(settings, 'https://xn--bcher-kva.de/')).toBe(false);
    expect(isSiteEnabled(settings, 'https://shop.bücher.de:8443/x')).toBe(false);
    expect(isSiteEnabled(settingsWith({ offSites: [site('localhost')] }), 'http://localhost:5173/')).toBe(false);
    for (const url of ['chrome-extension://abc/popup.html', 'moz-extension://abc/popup.html', 'chrome://settings', 'about:blank', 'javascript:alert(1)']) {
      expect(isPageEnabled(defaultSettings(), url), url).toBe(false);
    }
    expect(isPageEnabled(defaultSettings(), 'file:///home/me/article.html')).toBe(true);
  });
});

describe('withSiteEnabled', () => {
  it('switches a site off with its subdomains, keeping the list sorted and without duplicates', () => {
    let settings = settingsWith({ offSites: [site('b.com'), site('d.com')] });
    settings = withSiteEnabled(settings, 'https://www.c.com/x', false);
    expect(settings.offSites.map((rule) => rule.host)).toEqual(['b.com', 'c.com', 'd.com']);
    expect(withSiteEnabled(settings, 'c.com', false).offSites).toEqual(settings.offSites);
  });

  it('switching on removes every rule that kept the site off', () => {
    const settings = settingsWith({ offSites: [site('example.com'), site('news.example.com', false), site('other.org')] });
    expect(withSiteEnabled(settings, 'news.example.com', true).offSites).toEqual([site('other.org')]);
  });

  it('in "only" mode adds and removes the site from the list', () => {
    const settings = settingsWith({ siteMode: 'only', onlySites: [site('a.com')] });
    const on = withSiteEnabled(settings, 'b.com', true);
    expect(on.onlySites).toEqual([site('a.com'), site('b.com')]);
    expect(withSiteEnabled(on, 'www.a.com', false).onlySites).toEqual([site('b.com')]);
  });

  it('ignores what is not a site and never changes its input', () => {
    const settings = settingsWith({ offSites: [site('b.com')] });
    expect(withSiteEnabled(settings, 'javascript:alert(1)', false)).toBe(settings);
    withSiteEnabled(settings, 'a.com', false);
    expect(settings.offSites).toEqual([site('b.com')]);
  });
});
