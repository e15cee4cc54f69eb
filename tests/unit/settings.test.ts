import { describe, expect, it } from 'vitest';
import { parseSettings, withSiteEnabled } from '../../src/core/settings';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    expect(parseSettings({ version: 1, disabledSites: ['example.com'] })).toEqual({ version: 1, disabledSites: ['example.com'] });
  });

  it('falls back to the defaults on anything else', () => {
    for (const stored of [undefined, null, 'x', 1, [], {}, { version: 2, disabledSites: [] }, { version: 1 }, { version: 1, disabledSites: 'example.com' }, { version: 1, disabledSites: [1] }]) {
      expect(parseSettings(stored), JSON.stringify(stored)).toEqual({ version: 1, disabledSites: [] });
    }
  });

  it('hands out a fresh default each time, so changing one cannot change the next', () => {
    const first = parseSettings(undefined);
    first.disabledSites.push('example.com');
    expect(parseSettings(undefined)).toEqual({ version: 1, disabledSites: [] });
  });
});

describe('withSiteEnabled', () => {
  const settings = { version: 1 as const, disabledSites: ['b.com', 'd.com'] };

  it('disables a site, keeping the list sorted', () => {
    expect(withSiteEnabled(settings, 'c.com', false).disabledSites).toEqual(['b.com', 'c.com', 'd.com']);
    expect(withSiteEnabled(settings, 'a.com', false).disabledSites).toEqual(['a.com', 'b.com', 'd.com']);
  });

  it('does not add a site twice', () => {
    expect(withSiteEnabled(settings, 'b.com', false).disabledSites).toEqual(['b.com', 'd.com']);
  });

  it('enables a site by removing it, and ignores one not listed', () => {
    expect(withSiteEnabled(settings, 'b.com', true).disabledSites).toEqual(['d.com']);
    expect(withSiteEnabled(settings, 'x.com', true).disabledSites).toEqual(['b.com', 'd.com']);
  });

  it('does not change the settings it was given', () => {
    withSiteEnabled(settings, 'a.com', false);
    withSiteEnabled(settings, 'b.com', true);
    expect(settings.disabledSites).toEqual(['b.com', 'd.com']);
  });
});
