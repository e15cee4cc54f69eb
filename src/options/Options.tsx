// Settings page: the sites where Backstory is off, with add and remove.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { normalizeSite } from '../core/site-rules';
import { askBackground } from '../shared/messaging';
import { DatasetsSection } from './DatasetsSection';

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    askBackground({ type: 'getSettings' })
      .then(setSettings)
      .catch((error: unknown) => setProblem(`Could not read the settings: ${String(error)}`));
  }, []);

  async function setSite(site: string, enabled: boolean): Promise<void> {
    try {
      setSettings(await askBackground({ type: 'setSiteEnabled', site, enabled }));
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  async function onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const site = normalizeSite(draft);
    if (site === undefined) {
      setProblem(`“${draft.trim()}” is not a website address. Type a domain such as example.com.`);
      return;
    }
    await setSite(site, false);
    setDraft('');
  }

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      <section aria-labelledby="off-sites">
        <h2 id="off-sites">Sites where Backstory is off</h2>
        <p class="hint">Nothing is marked on these sites or their subdomains.</p>
        {settings && settings.offSites.length === 0 && <p class="hint">None: Backstory runs on every site.</p>}
        <ul class="sites" aria-label="Sites where Backstory is off">
          {settings?.offSites.map(({ host: site }) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void setSite(site, true)} aria-label={`Remove ${site}`}>Remove</button>
            </li>
          ))}
        </ul>
        <form onSubmit={(event) => void onSubmit(event)}>
          <label for="new-site">Add a site</label>
          <input id="new-site" value={draft} placeholder="example.com" onInput={(event) => setDraft(event.currentTarget.value)} />
          <button type="submit">Add</button>
        </form>
        {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
      </section>
      <DatasetsSection />
    </main>
  );
}
