// Tells every open tab that the data changed (a dataset imported, switched off or removed), so
// marks, cards and search use it at once. A storage key, not a message: it reaches tabs even when
// the service worker is asleep.
import browser from 'webextension-polyfill';

export const DATA_CHANGED_KEY = 'dataChangedAt';

export async function announceDataChange(): Promise<void> {
  await browser.storage.local.set({ [DATA_CHANGED_KEY]: Date.now() });
}

/** Calls `listener` whenever the data changes (here or in another part of the extension); returns the unsubscribe. */
export function onDataChange(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DATA_CHANGED_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
