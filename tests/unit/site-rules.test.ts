import { describe, expect, it } from 'vitest';
import { isSiteEnabled, normalizeSite, ruleCovers } from '../../src/core/site-rules';

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

describe('ruleCovers', () => {
  it('covers the domain and its subdomains', () => {
    expect(ruleCovers('example.com', 'example.com')).toBe(true);
    expect(ruleCovers('example.com', 'www.example.com')).toBe(true);
    expect(ruleCovers('example.com', 'news.eu.example.com')).toBe(true);
    expect(ruleCovers('example.com', 'https://News.Example.com/story')).toBe(true);
  });

  it('does not cover lookalikes or parents', () => {
    expect(ruleCovers('example.com', 'notexample.com')).toBe(false);
    expect(ruleCovers('example.com', 'example.com.evil.net')).toBe(false);
    expect(ruleCovers('example.com', 'example.co')).toBe(false);
    expect(ruleCovers('news.example.com', 'example.com')).toBe(false);
    expect(ruleCovers('example.com', 'javascript:alert(1)')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('is enabled unless a rule covers the host', () => {
    const disabled = ['example.com', 'other.org'];
    expect(isSiteEnabled([], 'example.com')).toBe(true);
    expect(isSiteEnabled(disabled, 'example.com')).toBe(false);
    expect(isSiteEnabled(disabled, 'shop.other.org')).toBe(false);
    expect(isSiteEnabled(disabled, 'notexample.com')).toBe(true);
    expect(isSiteEnabled(disabled, 'example.net')).toBe(true);
  });
});
