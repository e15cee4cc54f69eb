// The reader's settings: validated whenever they are read, so a bad stored value never breaks a page.
import { z } from 'zod/mini';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = z.object({
  version: z.literal(1),
  /** Sites (normalised hostnames) where Backstory does not mark anything. */
  disabledSites: z.array(z.string()),
});

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return { version: 1, disabledSites: [] };
}

export function parseSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultSettings();
}

export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((rule) => rule !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
