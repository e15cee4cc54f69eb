import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../../src/core/dataset/dataset-schema';
import { defaultSettings, exportSettings, HOVER_DELAY_LIMITS, importSettings, parseSettings, SettingsSchema } from '../../src/core/settings/settings';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    const settings = { ...defaultSettings(), offSites: [{ host: 'example.com', subdomains: false }], hoverDelayMs: 700, highlight: 'background' as const };
    expect(parseSettings(settings)).toEqual(settings);
  });

  it('migrates version 1: each switched-off site kept with its subdomains, the rest default', () => {
    expect(parseSettings({ version: 1, disabledSites: ['example.com', 'b.org'] })).toEqual({
      ...defaultSettings(),
      offSites: [{ host: 'example.com', subdomains: true }, { host: 'b.org', subdomains: true }],
    });
  });

  it('falls back to the defaults on anything that is not settings', () => {
    for (const stored of [undefined, null, 'x', 1, [], {}, { version: 3 }, { version: 1 }, { version: 1, disabledSites: 'example.com' }, { version: 1, disabledSites: [1] }]) {
      expect(parseSettings(stored), JSON.stringify(stored)).toEqual(defaultSettings());
    }
  });

  it('replaces only the bad fields of a current version', () => {
    const parsed = parseSettings({
      version: 2,
      paused: 'yes',
      hoverDelayMs: HOVER_DELAY_LIMITS.max + 1,
      highlight: 'blink',
      relationKinds: ['acquisition', 'not-a-kind'],
      offSites: [{ host: 'keep.com', subdomains: true }],
      __proto__: { paused: true },
      unknownField: 1,
    });
    expect(parsed).toEqual({ ...defaultSettings(), offSites: [{ host: 'keep.com', subdomains: true }] });
    expect(parseSettings({ version: 2, hoverDelayMs: 250.5 }).hoverDelayMs).toBe(HOVER_DELAY_LIMITS.default);
  });

  it('hands out a fresh default each time, so changing one cannot change the next', () => {
    const first = parseSettings(undefined);
    first.offSites.push({ host: 'example.com', subdomains: true });
    first.relationKinds.pop();
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(defaultSettings().relationKinds).toEqual([...RELATION_KINDS]);
  });

  it('the defaults pass the schema the background checks saved settings against', () => {
    expect(SettingsSchema.safeParse(defaultSettings()).success).toBe(true);
    expect(SettingsSchema.safeParse({ ...defaultSettings(), extra: 1 }).success).toBe(false);
  });
});

describe('importSettings', () => {
  it('takes a file exported earlier, of this version or the last', () => {
    const settings = { ...defaultSettings(), paused: true, hoverDelayMs: 800 };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
    expect(importSettings(JSON.stringify({ version: 1, disabledSites: ['a.com'] }))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), offSites: [{ host: 'a.com', subdomains: true }] },
    });
  });

  it('refuses the whole file, saying where, when anything is wrong', () => {
    const bad = (text: string) => {
      const result = importSettings(text);
      if (result.ok) throw new Error(`accepted ${text}`);
      return result.problem;
    };
    expect(bad('{"version": 2,')).toMatch(/^the file is not JSON/);
    expect(bad(JSON.stringify({ ...defaultSettings(), hoverDelayMs: 'slow' }))).toMatch(/^hoverDelayMs: /);
    expect(bad(JSON.stringify({ ...defaultSettings(), offSites: [{ host: 'a.com' }] }))).toMatch(/^offSites\.0\.subdomains: /);
    expect(bad(JSON.stringify({ ...defaultSettings(), extra: '<script>' }))).toMatch(/extra|Unrecognized/);
    expect(bad('[]')).toBeTruthy();
    expect(bad('"settings"')).toBeTruthy();
  });
});
