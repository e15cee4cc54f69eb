// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompanyProfile } from '../../src/core/display/company-profile';
import { CompanyDetails } from '../../src/ui/CompanyDetails';
import { isSafeLink } from '../../src/ui/SourceLink';
import { glyphColourOn } from '../../src/ui/CompanyLogo';
import { FIXTURE_NAMES, profileOf } from './fixture-dataset';

const NAMES = FIXTURE_NAMES;

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(profile: CompanyProfile, onPage: string[] = []): HTMLDivElement {
  render(<CompanyDetails profile={profile} onPageIds={new Set(onPage)} headingId="card-heading" locale="en-US" />, container);
  return container;
}

const text = (selector: string) => Array.from(container.querySelectorAll(selector)).map((el) => el.textContent);

describe('CompanyDetails', () => {
  it('shows the name, facts and description', () => {
    show(profileOf('meta'));
    expect(container.querySelector('h2')?.textContent).toBe('Meta');
    expect(container.querySelector('h2')?.id).toBe('card-heading');
    expect(text('.bs-facts')).toEqual(['Public · NASDAQ: META · Menlo Park, California']);
    expect(text('.bs-description')).toEqual(['Test description for Meta.']);
  });

  it('shows a relation with counterpart, status, headline and figures', () => {
    show(profileOf('meta'));
    const item = container.querySelector('li[data-relation="meta-scale-ai"]');
    expect(item?.querySelector('.bs-counterpart')?.textContent).toBe('Scale AI');
    expect(item?.querySelector('.bs-status')?.textContent).toBe('completed');
    expect(item?.querySelector('.bs-headline')?.textContent).toBe('Test summary: Meta invests in Scale AI.');
    expect(item?.querySelector('.bs-figures')?.textContent).toBe('Jun 12, 2025 · $14.3B · 49% · Example News');
  });

  it('has no "On this page" section when no counterpart is on the page', () => {
    show(profileOf('scale-ai'), ['scale-ai', 'alphabet']);
    expect(text('h3')).toEqual(['Deals and vendor changes']);
    expect(container.querySelector('section[aria-label="On this page"]')).toBeNull();
    expect(container.querySelectorAll('li')).toHaveLength(4);
  });

  it('lists counterparts on the page first, under "On this page"', () => {
    show(profileOf('scale-ai'), ['google']);
    expect(text('h3')).toEqual(['On this page', 'Other deals and vendor changes']);
    const onPage = container.querySelector('section[aria-label="On this page"]');
    expect(Array.from(onPage?.querySelectorAll('li') ?? []).map((li) => li.getAttribute('data-relation'))).toEqual(['google-scale-ai']);
    expect(onPage?.querySelector('.bs-status')?.textContent).toBe('winding down (reported)');
    expect(onPage?.querySelector('.bs-background')?.textContent).toBe('Test summary: Google buys data labelling from Scale AI.');
  });

  it('says so when there are no relations', () => {
    show(profileOf('alphabet'));
    expect(text('.bs-empty')).toEqual(['Backstory has no deals or vendor changes for Alphabet yet.']);
    expect(container.querySelectorAll('section, li')).toHaveLength(0);
  });

  it('opens sources in a new tab without giving the page a handle on the opener', () => {
    show(profileOf('meta'));
    const link = container.querySelector('a.bs-source');
    expect(link?.getAttribute('href')).toBe('https://news.example.com/meta-scale');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')?.split(' ')).toContain('noopener');
    expect(link?.getAttribute('title')).toBe('Story meta-scale');
    expect(link?.textContent).toBe('Example News');
  });

  it('shows a source with a non-http address as plain text, not a link', () => {
    // Built directly, as if the schema had been bypassed.
    const profile = profileOf('meta');
    profile.relations[0]!.sources[0]!.url = 'javascript:alert(1)';
    show(profile);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(text('span.bs-source')).toEqual(['Example News']);
  });

  it('renders markup in names and text as text', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const profile = profileOf('meta');
    profile.company.name = attack;
    profile.company.description = attack;
    profile.relations[0]!.summary = attack;
    profile.relations[0]!.sources[0]!.publisher = attack;
    profile.names = { ...NAMES, 'scale-ai': attack };
    show(profile);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.querySelector('h2')?.textContent).toBe(attack);
    expect(text('.bs-counterpart')).toEqual([attack]);
    expect(text('.bs-headline')).toEqual([attack]);
    expect(container.querySelector('a.bs-source')?.textContent).toBe(attack);
  });
});

describe('CompanyDetails in a compact view', () => {
  /** Scale AI with eight more invented deals, one a year from 2016, small and plain. */
  function busyProfile(): CompanyProfile {
    const profile = profileOf('scale-ai');
    const base = profile.relations.find((r) => r.id === 'nestle-scale-ai')!;
    for (let year = 2016; year < 2024; year++) {
      profile.relations.push({ ...base, id: `old-${year}`, announced: String(year) });
    }
    return profile;
  }

  function showCompact(profile: CompanyProfile, onPage: string[], extra: Partial<Parameters<typeof CompanyDetails>[0]> = {}) {
    render(<CompanyDetails profile={profile} onPageIds={new Set(onPage)} locale="en-US" limits={{ onPage: 6, highlights: 3 }} {...extra} />, container);
  }

  it('shows the page’s counterparts, then the most recent and significant, then how many more', () => {
    let more = 0;
    showCompact(busyProfile(), ['google'], { onMore: () => more++ });
    expect(text('h3')).toEqual(['On this page', 'Also recent and notable']);
    const ids = Array.from(container.querySelectorAll('li')).map((li) => li.getAttribute('data-relation'));
    expect(ids).toEqual(['google-scale-ai', 'meta-scale-ai', 'openai-scale-ai', 'nestle-scale-ai']);
    const button = container.querySelector<HTMLButtonElement>('button.bs-more');
    expect(button?.textContent).toBe('8 more relations in the full profile');
    button?.click();
    expect(more).toBe(1);
  });

  it('shows everything, with no "more", when given no limits (the full profile)', () => {
    render(<CompanyDetails profile={busyProfile()} onPageIds={new Set(['google'])} locale="en-US" onMore={() => undefined} />, container);
    expect(container.querySelectorAll('li')).toHaveLength(12);
    expect(text('h3')).toEqual(['On this page', 'Other deals and vendor changes']);
    expect(container.querySelector('.bs-more')).toBeNull();
  });

  it('always shows the reader’s own facts', () => {
    const profile = busyProfile();
    const own = profile.relations.find((r) => r.id === 'old-2016')!;
    own.datasetId = 'user-1';
    profile.datasetNames = { 'user-1': 'Mine' };
    showCompact(profile, []);
    expect(container.querySelector('li[data-relation="old-2016"] .bs-provenance')?.textContent).toBe(' · from your dataset “Mine”');
  });

  it('has no "more" button when everything fits or nothing can open the profile', () => {
    showCompact(profileOf('scale-ai'), ['google'], { onMore: () => undefined });
    expect(container.querySelector('.bs-more')).toBeNull();
    showCompact(busyProfile(), [], {});
    expect(container.querySelector('.bs-more')).toBeNull();
  });

  it('makes counterparts buttons that open the company in place', () => {
    const opened: string[] = [];
    showCompact(profileOf('scale-ai'), [], { onOpenCompany: (id) => opened.push(id) });
    const buttons = Array.from(container.querySelectorAll<HTMLButtonElement>('button.bs-counterpart'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Meta', 'OpenAI', 'Google']);
    buttons[1]!.click();
    expect(opened).toEqual(['openai']);
  });

  it('shows the brand mark when there is one, its initial otherwise', () => {
    const profile = { ...profileOf('meta'), logo: { path: 'M1 1h22v22H1z', hex: 'FFD700' } };
    showCompact(profile, []);
    const path = container.querySelector('.bs-logo svg path');
    expect(path?.getAttribute('d')).toBe('M1 1h22v22H1z');
    expect(path?.getAttribute('fill')).toBe('#000000');
    showCompact({ ...profile, logo: { path: 'M1 1z', hex: 'red;x' } }, []);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('.bs-monogram')?.textContent).toBe('M');
  });
});

describe('glyphColourOn', () => {
  it('draws on light brand colours in black and on dark ones in white', () => {
    expect(glyphColourOn('FFFFFF')).toBe('#000000');
    expect(glyphColourOn('FFD700')).toBe('#000000');
    expect(glyphColourOn('000000')).toBe('#ffffff');
    expect(glyphColourOn('0467DF')).toBe('#ffffff');
  });
});

describe('isSafeLink', () => {
  it('allows only http and https', () => {
    expect(isSafeLink('https://example.com/a')).toBe(true);
    expect(isSafeLink('http://example.com/a')).toBe(true);
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//example.com', '/relative', '']) {
      expect(isSafeLink(url), url).toBe(false);
    }
  });
});
