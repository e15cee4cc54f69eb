// The settings page: where Backstory runs, how marks look, the hover delay, which relation kinds
// cards show, keyboard shortcuts, datasets, and settings export and import. Every change is saved
// at once through the background and reaches open tabs without a reload.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';
import { askBackground } from '../shared/messaging';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { DatasetsSection } from './DatasetsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';

export type SaveSettings = (settings: Settings) => Promise<void>;

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    askBackground({ type: 'getSettings' })
      .then(setSettings)
      .catch((error: unknown) => setProblem(`Could not read the settings: ${String(error)}`));
  }, []);

  const save: SaveSettings = async (next) => {
    try {
      setSettings(await askBackground({ type: 'saveSettings', settings: next }));
      setProblem(undefined);
    } catch (error) {
      setProblem(`Could not save the settings: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
      {settings && (
        <>
          <SitesSection settings={settings} save={save} />
          <AppearanceSection settings={settings} save={save} />
          <ShortcutsSection />
        </>
      )}
      <DatasetsSection />
      {settings && <BackupSection settings={settings} save={save} />}
    </main>
  );
}
