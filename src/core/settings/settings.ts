// The reader's settings, kept in storage.sync. Validated whenever they are read: an older version is
// migrated, a bad field falls back to its default without losing the good ones, and anything that
// is not settings at all gives the defaults. A bad stored value never breaks a page.
import { z } from 'zod/mini';
import type { RelationKind } from '../dataset/dataset-schema';
import { RELATION_KINDS } from '../dataset/taxonomy';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export const HIGHLIGHT_STYLES = ['dotted', 'underline', 'background', 'hover-only'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HOVER_DELAY_LIMITS = { min: 150, max: 2000, default: 400 } as const;

/** "example.com", with or without its subdomains (news.example.com). */
export const SiteRuleSchema = z.strictObject({
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  subdomains: z.boolean(),
});
export type SiteRule = z.infer<typeof SiteRuleSchema>;

const FIELDS = {
  /** Backstory marks nothing anywhere until unpaused. */
  paused: z.boolean(),
  /** Everywhere except `offSites`, or only on `onlySites`. */
  siteMode: z.enum(['all-except', 'only']),
  offSites: z.array(SiteRuleSchema).check(z.maxLength(5000)),
  onlySites: z.array(SiteRuleSchema).check(z.maxLength(5000)),
  highlight: z.enum(HIGHLIGHT_STYLES),
  hoverDelayMs: z.number().check(z.int(), z.minimum(HOVER_DELAY_LIMITS.min), z.maximum(HOVER_DELAY_LIMITS.max)),
  /** The relation kinds cards and profiles show. */
  relationKinds: z.array(z.enum(RELATION_KINDS)).check(z.maxLength(RELATION_KINDS.length)),
};

export const SettingsSchema = z.strictObject({ version: z.literal(SETTINGS_VERSION), ...FIELDS });

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    paused: false,
    siteMode: 'all-except',
    offSites: [],
    onlySites: [],
    highlight: 'dotted',
    hoverDelayMs: HOVER_DELAY_LIMITS.default,
    relationKinds: [...RELATION_KINDS],
  };
}

/** Version 1 kept a list of hostnames, each covering its subdomains. */
const SettingsV1Schema = z.object({ version: z.literal(1), disabledSites: z.array(z.string()) });

function migrate(stored: unknown): Record<string, unknown> | undefined {
  const v1 = SettingsV1Schema.safeParse(stored);
  if (v1.success) return { version: 2, offSites: v1.data.disabledSites.map((host) => ({ host, subdomains: true })) };
  if (typeof stored === 'object' && stored !== null && (stored as { version?: unknown }).version === SETTINGS_VERSION) {
    return stored as Record<string, unknown>;
  }
  return undefined;
}

export function parseSettings(stored: unknown): Settings {
  const settings = defaultSettings();
  const current = migrate(stored);
  if (!current) return settings;
  // Field by field: one bad value (a hand-edited sync entry) costs only itself.
  const target = settings as Record<keyof typeof FIELDS, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (!Object.hasOwn(current, key)) continue;
    const parsed = FIELDS[key].safeParse(current[key]);
    if (parsed.success) target[key] = parsed.data;
  }
  return settings;
}

export function showsKind(settings: Settings, kind: RelationKind): boolean {
  return settings.relationKinds.includes(kind);
}

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; problem: string };

/**
 * A settings file the reader exported earlier: taken whole or not at all, with the first problem
 * named (unlike stored settings, which are repaired field by field, an import must not half-apply).
 */
export function importSettings(text: string): SettingsImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const v1 = SettingsV1Schema.safeParse(parsed);
  if (v1.success) return { ok: true, settings: parseSettings(v1.data) };
  const current = SettingsSchema.safeParse(parsed);
  if (current.success) return { ok: true, settings: current.data };
  const issue = current.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
  return { ok: false, problem: `${where}: ${issue?.message ?? 'is not Backstory settings'}` };
}

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
