// Backstory on or off for the site in the current tab. The change is written to settings; open
// tabs of that site follow it without a reload.
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../core/messages';
import { countLabel } from '../core/format';
import { isSiteEnabled } from '../core/site-rules';
import { askBackground, askTab } from '../shared/messaging';
import { currentTabId } from './current-tab';

type Status = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageState; enabled: boolean };

export function SiteSwitch() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    (async () => {
      const tabId = await currentTabId(location.search);
      if (tabId === undefined) return setStatus({ kind: 'unavailable' });
      // A tab without our content script (the browser's own pages, the web store) cannot answer.
      const page = await askTab(tabId, { type: 'getPageState' }).catch(() => undefined);
      if (!page || page.site === undefined) return setStatus({ kind: 'unavailable' });
      const settings = await askBackground({ type: 'getSettings' });
      setStatus({ kind: 'ready', page, enabled: isSiteEnabled(settings, page.site) });
    })().catch(() => setStatus({ kind: 'unavailable' }));
  }, []);

  if (status.kind === 'loading') return null;
  if (status.kind === 'unavailable') return <p class="site-note">Backstory does not run on this page.</p>;

  const { page, enabled } = status;
  async function toggle(): Promise<void> {
    try {
      const settings = await askBackground({ type: 'setSiteEnabled', site: page.site!, enabled: !enabled });
      setStatus({ kind: 'ready', page, enabled: isSiteEnabled(settings, page.site!) });
      setProblem(undefined);
    } catch (error) {
      setProblem(`Could not change the setting: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const companies = Object.keys(page.counts).length;
  return (
    <div class="site">
      <button type="button" role="switch" aria-checked={enabled} class="site-switch" onClick={() => void toggle()}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        <span>Backstory on {page.site}</span>
      </button>
      {enabled && <p class="site-note">{countLabel(companies, 'company', 'companies')} marked on this page.</p>}
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
    </div>
  );
}
