// The keyboard shortcuts as the browser has them (the reader may have changed them there).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcuts(commands.filter((command) => command.description).map((command) => ({ name: command.name ?? '', description: command.description ?? '', shortcut: command.shortcut ?? '' }))))
      .catch(() => setShortcuts([]));
  }, []);
  const firefox = navigator.userAgent.includes('Firefox');
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <ul class="shortcuts">
        {shortcuts.map((command) => (
          <li key={command.name}>
            <kbd>{command.shortcut || 'not set'}</kbd> {command.description}
          </li>
        ))}
      </ul>
      <p class="hint">
        {firefox
          ? 'Change them in Add-ons and themes → the gear menu → Manage Extension Shortcuts.'
          : 'Change them at chrome://extensions/shortcuts.'}{' '}
        After moving to a name, Enter moves focus into its card and Escape closes it.
      </p>
    </section>
  );
}
