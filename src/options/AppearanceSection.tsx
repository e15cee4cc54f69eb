// How marks look, how long the pointer must rest before a card opens, and which relations it shows.
import type { RelationKind } from '../core/dataset/dataset-schema';
import { RELATION_KINDS } from '../core/dataset/taxonomy';
import { HIGHLIGHT_STYLES, HOVER_DELAY_LIMITS, type HighlightStyle, type Settings } from '../core/settings/settings';
import type { SaveSettings } from './Options';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  dotted: 'Dotted underline',
  underline: 'Underline',
  background: 'Highlighted background',
  'hover-only': 'Hidden until hover',
};

export function AppearanceSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  function toggleKind(kind: RelationKind, shown: boolean): void {
    const kinds = shown ? [...settings.relationKinds, kind] : settings.relationKinds.filter((k) => k !== kind);
    void save({ ...settings, relationKinds: RELATION_KINDS.filter((k) => kinds.includes(k)) });
  }
  return (
    <section aria-labelledby="appearance-title">
      <h2 id="appearance-title">Marks and cards</h2>
      <label for="highlight">Mark style</label>{' '}
      <select id="highlight" value={settings.highlight} onChange={(event) => void save({ ...settings, highlight: event.currentTarget.value as HighlightStyle })}>
        {HIGHLIGHT_STYLES.map((style) => <option key={style} value={style}>{STYLE_LABELS[style]}</option>)}
      </select>
      <p class="hint">“Hidden until hover” shows nothing until the pointer rests on a name (the marks are still in the page).</p>
      <label for="hover-delay">Hover delay (milliseconds)</label>{' '}
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_LIMITS.min}
        max={HOVER_DELAY_LIMITS.max}
        step={50}
        value={settings.hoverDelayMs}
        onChange={(event) => {
          const value = Math.round(Number(event.currentTarget.value));
          if (value >= HOVER_DELAY_LIMITS.min && value <= HOVER_DELAY_LIMITS.max) void save({ ...settings, hoverDelayMs: value });
          else event.currentTarget.value = String(settings.hoverDelayMs);
        }}
      />
      <fieldset class="kinds">
        <legend>Relations cards show</legend>
        {RELATION_KINDS.map((kind) => (
          <label key={kind} class="inline">
            <input type="checkbox" checked={settings.relationKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.currentTarget.checked)} /> {kind.replace('-', ' ')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
