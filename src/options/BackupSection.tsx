// Settings export and import: a JSON file the reader keeps. An import is taken whole or refused
// with what is wrong; the settings stay as they were.
import { useState } from 'preact/hooks';
import { exportSettings, importSettings, type Settings } from '../core/settings/settings';
import { download } from './download';
import type { SaveSettings } from './Options';

export function BackupSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | undefined>();


  async function upload(file: File | undefined): Promise<void> {
    if (!file) return;
    if (file.size > 1_000_000) {
      setMessage({ kind: 'alert', text: `${file.name} is too large to be a settings file. Nothing was changed.` });
      return;
    }
    const result = importSettings(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'alert', text: `${file.name} was not imported: ${result.problem}. Nothing was changed.` });
      return;
    }
    await save(result.settings);
    setMessage({ kind: 'status', text: `Settings imported from ${file.name}.` });
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Export and import settings</h2>
      <button type="button" onClick={() => download('backstory-settings.json', exportSettings(settings))}>Export settings</button>{' '}
      <label class="file-button">
        Import settings…
        <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(event) => void upload(event.currentTarget.files?.[0])} />
      </label>
      {message && <p class={message.kind === 'alert' ? 'problem' : 'hint'} role={message.kind}>{message.text}</p>}
    </section>
  );
}
