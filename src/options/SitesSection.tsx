// Where Backstory runs: everywhere except some sites, or only on some; each rule a domain with or
// without its subdomains.
import { useState } from 'preact/hooks';
import type { Settings, SiteRule } from '../core/settings/settings';
import { normalizeSite } from '../core/settings/site-rules';
import type { SaveSettings } from './Options';

export function SitesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [draft, setDraft] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [problem, setProblem] = useState<string | undefined>();
  const only = settings.siteMode === 'only';
  const key = only ? 'onlySites' : 'offSites';
  const rules = settings[key];
  const listName = only ? 'Sites where Backstory runs' : 'Sites where Backstory is off';

  async function add(event: Event): Promise<void> {
    event.preventDefault();
    const host = normalizeSite(draft);
    if (host === undefined) {
      setProblem(`“${draft.trim()}” is not a website address. Type a domain such as example.com.`);
      return;
    }
    const next: SiteRule[] = [...rules.filter((rule) => rule.host !== host), { host, subdomains }].sort((a, b) => a.host.localeCompare(b.host));
    await save({ ...settings, [key]: next });
    setDraft('');
    setProblem(undefined);
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Where Backstory runs</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">Site mode</legend>
        <label><input type="radio" name="site-mode" checked={!only} onChange={() => void save({ ...settings, siteMode: 'all-except' })} /> On every site except those listed</label>
        <label><input type="radio" name="site-mode" checked={only} onChange={() => void save({ ...settings, siteMode: 'only' })} /> Only on the sites listed</label>
      </fieldset>
      {rules.length === 0 && <p class="hint">{only ? 'None yet: Backstory runs nowhere until you add a site.' : 'None: Backstory runs on every site.'}</p>}
      <ul class="sites" aria-label={listName}>
        {rules.map((rule) => (
          <li key={rule.host}>
            <span>{rule.host}{rule.subdomains ? ' and its subdomains' : ' only'}</span>
            <button type="button" onClick={() => void save({ ...settings, [key]: rules.filter((r) => r.host !== rule.host) })} aria-label={`Remove ${rule.host}`}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)}>
        <label for="new-site">Add a site</label>
        <input id="new-site" value={draft} placeholder="example.com" onInput={(event) => setDraft(event.currentTarget.value)} />
        <label class="inline"><input type="checkbox" checked={subdomains} onChange={(event) => setSubdomains(event.currentTarget.checked)} /> with its subdomains</label>
        <button type="submit">Add</button>
      </form>
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
      <label class="inline pause">
        <input type="checkbox" checked={settings.paused} onChange={(event) => void save({ ...settings, paused: event.currentTarget.checked })} /> Pause Backstory on every site
      </label>
    </section>
  );
}
