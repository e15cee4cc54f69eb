// The current tab: the companies it mentions (choosing one scrolls to it), Backstory on or off for
// its site, and a pause for every site. Changes are written to settings; open tabs follow them
// without a reload.
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../shared/messages';
import { countLabel } from '../core/display/format';
import type { Settings } from '../core/settings/settings';
import { isSiteEnabled } from '../core/settings/site-rules';
import { askBackground, askTab } from '../shared/messaging';
import { currentTabId } from './current-tab';

/** How often the open popup reads the page again. */
const PAGE_REFRESH_MS = 700;

type Status = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; page: PageState };

function Switch({ checked, label, onToggle }: { checked: boolean; label: string; onToggle: () => void }) {
  return (
    <button type="button" role="switch" aria-checked={checked} class="site-switch" onClick={onToggle}>
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span>{label}</span>
    </button>
  );
}

export function SiteSwitch() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    askBackground({ type: 'getSettings' }).then(setSettings).catch(() => undefined);
    let refresh: ReturnType<typeof setInterval> | undefined;
    (async () => {
      const tabId = await currentTabId(location.search);
      if (tabId === undefined) return setStatus({ kind: 'unavailable' });
      // A tab without our content script (the browser's own pages, the web store) cannot answer.
      const page = await askTab(tabId, { type: 'getPageState' }).catch(() => undefined);
      if (!page || page.site === undefined) return setStatus({ kind: 'unavailable' });
      setStatus({ kind: 'ready', tabId, page });
      // The page keeps changing while the popup is open: marking goes on, a switch takes effect.
      refresh = setInterval(() => {
        askTab(tabId, { type: 'getPageState' })
          .then((latest) => setStatus({ kind: 'ready', tabId, page: latest }))
          .catch(() => undefined);
      }, PAGE_REFRESH_MS);
    })().catch(() => setStatus({ kind: 'unavailable' }));
    return () => clearInterval(refresh);
  }, []);

  async function change(action: () => Promise<Settings>): Promise<void> {
    try {
      setSettings(await action());
      setProblem(undefined);
    } catch (error) {
      setProblem(`Could not change the setting: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const pause = settings && (
    <Switch
      checked={!settings.paused}
      label={settings.paused ? 'Backstory is paused everywhere' : 'Backstory is on (pause everywhere)'}
      onToggle={() => void change(() => askBackground({ type: 'saveSettings', settings: { ...settings, paused: !settings.paused } }))}
    />
  );

  if (status.kind === 'loading') return null;
  if (status.kind === 'unavailable') {
    return (
      <div class="site">
        <p class="site-note">Backstory does not run on this page.</p>
        {pause}
      </div>
    );
  }

  const { page, tabId } = status;
  const site = page.site!;
  const siteOn = settings ? isSiteEnabled({ ...settings, paused: false }, site) : page.enabled;
  const companies = Object.entries(page.counts).sort(([a, x], [b, y]) => y - x || (page.names[a] ?? a).localeCompare(page.names[b] ?? b));
  return (
    <div class="site">
      {page.enabled && companies.length > 0 && (
        <section aria-labelledby="on-this-page">
          <h2 id="on-this-page" class="section-title">On this page</h2>
          <ul class="on-page" aria-labelledby="on-this-page">
            {companies.map(([id, count]) => (
              <li key={id}>
                <button type="button" class="on-page-company" onClick={() => void askTab(tabId, { type: 'revealCompany', companyId: id }).catch(() => undefined)}>
                  <span>{page.names[id] ?? id}</span>
                  <span class="on-page-count" aria-label={countLabel(count, 'mention', 'mentions')}>{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Switch
        checked={siteOn}
        label={`Backstory on ${site}`}
        onToggle={() => void change(() => askBackground({ type: 'setSiteEnabled', site, enabled: !siteOn }))}
      />
      {page.enabled && <p class="site-note">{countLabel(companies.length, 'company', 'companies')} marked on this page.</p>}
      {pause}
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
    </div>
  );
}
