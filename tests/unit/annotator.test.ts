// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_NODE_CHARS } from '../../src/content/marking/annotator';
import type { AliasEntry } from '../../src/core/recognition/matcher';
import { annotateAll, annotator, highlights, ManualScheduler, marks, mentions, page, serialize } from './dom-page';

const ALIASES: AliasEntry[] = [
  { text: 'Meta', companyId: 'meta', caseSensitive: true },
  { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
  { text: 'OpenAI', companyId: 'openai', caseSensitive: true },
];

/** Lets queued MutationObserver callbacks run. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Annotator', () => {
  it('marks exactly each mention as a range, and never writes the page', () => {
    page('<p>Meta\u2019s stake in Scale AI worries OpenAI.</p><p>Again: Meta</p>');
    const before = serialize();
    expect(annotateAll(ALIASES).added).toBe(4);
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai'], ['OpenAI', 'openai'], ['Meta', 'meta']]);
    expect(serialize()).toBe(before);
  });

  it('registers every mention under "backstory" and each company under its own name', () => {
    page('<p>Meta and OpenAI, then Meta.</p>');
    annotateAll(ALIASES);
    expect(highlights.texts('backstory')).toEqual(['Meta', 'OpenAI', 'Meta']);
    expect(highlights.texts('backstory:meta')).toEqual(['Meta', 'Meta']);
    expect(highlights.texts('backstory:openai')).toEqual(['OpenAI']);
    // Dotted is marks.css's own rule; another style adds one rule over it, and leaves again.
    mentions.setStyle('dotted');
    expect(highlights.styleRule).toBeUndefined();
    mentions.setStyle('background');
    expect(highlights.styleRule).toMatch(/::highlight\(backstory\) \{[^}]*background-color/);
    mentions.setStyle('hover-only');
    expect(highlights.styleRule).toMatch(/text-decoration-line: none/);
    mentions.clear();
    expect(highlights.styleRule).toBeUndefined();
  });

  it('marks mentions inside inline formatting, and reads a paragraph across its inline elements', () => {
    page('<p>Read <a href="/x">about <b>Meta</b> today</a>.</p>');
    expect(annotateAll(ALIASES).added).toBe(1);
    expect(mentions.all()[0]!.range.startContainer.parentElement?.tagName).toBe('B');
  });

  it('leaves inputs, code, scripts, controls, editable and hidden content alone', () => {
    page([
      '<textarea>Meta</textarea>', '<input value="Meta">', '<script>var s = "Meta";</script>',
      '<style>.Meta { color: red }</style>', '<code>Meta</code>', '<pre>OpenAI</pre>', '<button>Meta</button>',
      '<div contenteditable="true"><p>Meta</p></div>', '<div contenteditable="">OpenAI</div>',
      '<div hidden><span>Meta</span></div>', '<div aria-hidden="true">Meta</div>', '<select><option>Meta</option></select>',
      '<svg><text>Meta</text></svg>', '<noscript>OpenAI</noscript>',
    ].join(''));
    expect(annotateAll(ALIASES).added).toBe(0);
  });

  it('still marks text in a part that is explicitly not editable', () => {
    page('<div contenteditable="false">Meta</div><p>OpenAI</p>');
    expect(annotateAll(ALIASES).added).toBe(2);
  });

  it('does not mark a mention twice when the page is read again', () => {
    page('<p>Meta and Scale AI</p>');
    const { annotator: instance } = annotateAll(ALIASES);
    instance.runToCompletion();
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai']]);
  });

  it('stop() takes every highlight off the page', () => {
    page('<p>Meta and Scale AI met OpenAI</p>');
    const { annotator: instance } = annotateAll(ALIASES);
    expect(highlights.names.size).toBeGreaterThan(3);
    instance.stop();
    expect([...highlights.names.keys()]).toEqual([]);
    expect(instance.markCount).toBe(0);
  });

  it('counts the mentions per company', () => {
    page('<p>Meta, Meta and OpenAI; not meta.</p><p>Meta</p>');
    const { annotator: instance } = annotateAll(ALIASES);
    expect(mentions.counts()).toEqual({ meta: 3, openai: 1 });
    instance.stop();
    expect(mentions.counts()).toEqual({});
  });

  it('shows the first marks at once and the rest in one change when the reading is done', () => {
    page(Array.from({ length: 900 }, (_, i) => `<p>Paragraph ${i} about Meta and OpenAI.</p>`).join(''));
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    const realNow = scheduler.now.bind(scheduler);
    scheduler.now = () => (scheduler.time += 1, realNow());
    instance.start();
    const shownFirst = highlights.texts('backstory').length;
    expect(shownFirst).toBe(instance.markCount);
    scheduler.tasks.shift()!();
    // Read meanwhile, not yet shown: each change of the highlights costs the page a rebuild of all.
    expect(instance.markCount).toBeGreaterThan(shownFirst);
    expect(highlights.texts('backstory')).toHaveLength(shownFirst);
    scheduler.runAll();
    expect(highlights.texts('backstory')).toHaveLength(1800);
    instance.stop();
  });

  it('builds a large batch off the registry over several slices and swaps it in at once', async () => {
    page(Array.from({ length: 300 }, (_, i) => `<p>Item ${i}: Meta and OpenAI.</p>`).join(''));
    const scheduler = new ManualScheduler();
    // A batch of over 100 ranges is built apart here (4,000 in the extension).
    const instance = annotator(ALIASES, scheduler, 100);
    instance.start();
    const first = highlights.names.get('backstory');
    // The first slice read everything (this clock stands still) and showed it; more text comes.
    expect(highlights.texts('backstory')).toHaveLength(600);
    const more = Array.from({ length: 300 }, (_, i) => Object.assign(document.createElement('p'), { textContent: `Later ${i}: OpenAI.` }));
    document.body.append(...more);
    await mutationsDelivered();
    const realNow = scheduler.now.bind(scheduler);
    scheduler.now = () => (scheduler.time += 3, realNow());
    let slices = 0;
    while (scheduler.tasks.length > 0 && highlights.names.get('backstory') === first) {
      scheduler.tasks.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(highlights.texts('backstory')).toHaveLength(900);
    expect(highlights.texts('backstory:openai')).toHaveLength(600);
    expect(highlights.texts('backstory:meta')).toHaveLength(300);
    expect(instance.stats.longestSliceMs).toBeLessThan(50);
    instance.stop();
  });

  it('works in slices: a long page is marked over several idle callbacks, none longer than its budget', () => {
    page(Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about Meta and OpenAI.</p>`).join(''));
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    // Each step of reading costs 1 ms on this clock, so a 4 ms slice reads only a few nodes.
    const realNow = scheduler.now.bind(scheduler);
    scheduler.now = () => (scheduler.time += 1, realNow());
    instance.start();
    const afterFirstSlice = instance.markCount;
    expect(afterFirstSlice).toBeGreaterThan(0);
    expect(afterFirstSlice).toBeLessThan(800);
    expect(scheduler.tasks).toHaveLength(1);
    scheduler.runAll();
    expect(instance.markCount).toBe(800);
    instance.stop();
  });

  it('marks what the page adds later, once, and reads again the text the page changes', async () => {
    const body = page('<main><p>Meta first.</p></main>');
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    instance.start();
    scheduler.runAll();
    expect(instance.markCount).toBe(1);
    const added = document.createElement('p');
    added.textContent = 'Later, OpenAI and Scale AI.';
    body.querySelector('main')!.append(added);
    await mutationsDelivered();
    scheduler.runAll();
    expect(marks()).toEqual([['Meta', 'meta'], ['OpenAI', 'openai'], ['Scale AI', 'scale-ai']]);
    // Text the page edits in place: its old mentions go, what it says now is marked.
    (added.firstChild as Text).data = 'Now Meta again';
    await mutationsDelivered();
    scheduler.runAll();
    expect(marks()).toEqual([['Meta', 'meta'], ['Meta', 'meta']]);
    expect(highlights.texts('backstory')).toEqual(['Meta', 'Meta']);
    expect(highlights.names.has('backstory:openai')).toBe(false);
    instance.stop();
    expect(body.textContent).toBe('Meta first.Now Meta again');
  });

  it('marks inside open shadow roots, and orders them where their host is', () => {
    const body = page('<p>Scale AI</p><div id="host"></div><p>OpenAI</p>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Inside, Meta.';
    shadow.append(inner);
    const { annotator: instance } = annotateAll(ALIASES);
    expect(marks(shadow)).toEqual([['Meta', 'meta']]);
    expect(marks()).toEqual([['Scale AI', 'scale-ai'], ['Meta', 'meta'], ['OpenAI', 'openai']]);
    expect([...instance.markedCompanyIds].sort()).toEqual(['meta', 'openai', 'scale-ai']);
    instance.stop();
    expect(instance.markedCompanyIds.size).toBe(0);
  });

  it('marks a name split across inline elements as one range, also evidence for the page', () => {
    page('<p><b>Scale</b> AI and Apple</p>');
    const before = serialize();
    const aliases: AliasEntry[] = [
      ...ALIASES,
      { text: 'Apple', companyId: 'scale-ai', caseSensitive: true, ambiguous: true, evidence: ['other-name-on-page'] },
    ];
    const { added } = annotateAll(aliases);
    expect(marks()).toEqual([['Scale AI', 'scale-ai'], ['Apple', 'scale-ai']]);
    expect(added).toBe(2);
    const split = mentions.all().find((mention) => mention.text === 'Scale AI')!;
    expect(split.nodes.map((node) => node.data)).toEqual(['Scale', ' AI and Apple']);
    expect(serialize()).toBe(before);
  });

  it('marks names next to blocks too, since no element goes in to upset p:first-child rules', () => {
    page('<section>Intro on Scale AI.<p>First</p>Between, OpenAI.<h2>Heading</h2>Outro on Meta</section>');
    annotateAll(ALIASES);
    expect(marks()).toEqual([['Scale AI', 'scale-ai'], ['OpenAI', 'openai'], ['Meta', 'meta']]);
  });

  it('never makes a mention overlapping one it made before, when new text joins old', async () => {
    const body = page('<p id="p">Scale</p>');
    const scheduler = new ManualScheduler();
    const instance = annotator([{ text: 'Scale', companyId: 'scale-co', caseSensitive: true }, ...ALIASES], scheduler);
    instance.start();
    scheduler.runAll();
    body.querySelector('#p')!.append(document.createTextNode(' AI'));
    await mutationsDelivered();
    scheduler.runAll();
    expect(marks()).toEqual([['Scale', 'scale-co']]);
  });

  it('reads the blank text between two names, so they are not read as one word (found by the property test)', () => {
    page('<p>Scale <b>Scale</b> Meta</p>');
    const aliases: AliasEntry[] = [
      { text: 'Meta', companyId: 'meta', caseSensitive: true, ambiguous: true, evidence: ['capitalized-mid-sentence'] },
      { text: 'Scale', companyId: 'scale-co', caseSensitive: true },
    ];
    const { annotator: instance } = annotateAll(aliases);
    const first = marks();
    expect(first.slice(0, 2)).toEqual([['Scale', 'scale-co'], ['Scale', 'scale-co']]);
    expect(first.every(([text]) => text === 'Scale' || text === 'Meta')).toBe(true);
    instance.runToCompletion();
    expect(marks()).toEqual(first);
  });

  it('leaves a text node too long to be prose alone, and says so in its stats', () => {
    const huge = `Scale AI ${'data '.repeat(MAX_TEXT_NODE_CHARS / 5)}`;
    page('<p>Meta bought a stake.</p><div id="dump"></div>');
    document.querySelector('#dump')!.append(document.createTextNode(huge));
    const { annotator } = annotateAll(ALIASES);
    expect(marks()).toEqual([['Meta', 'meta']]);
    expect(annotator.stats.skippedNodes).toBe(1);
  });

  it('reads a very long block in pieces and still marks every name inside its text nodes', () => {
    const spans = Array.from({ length: 120 }, (_, i) => `<span>${'filler text '.repeat(40)}Scale AI item ${i}. </span>`).join('');
    page(`<div>${spans}</div>`);
    annotateAll(ALIASES);
    expect(marks()).toHaveLength(120);
  });

  it('keeps count of its slices and when the page was marked', () => {
    page('<p>Meta and Scale AI.</p>');
    const { annotator } = annotateAll(ALIASES);
    expect(annotator.stats.slices).toBeGreaterThanOrEqual(1);
    expect(annotator.stats.firstMarkAt).toBeTypeOf('number');
    expect(annotator.stats.doneAt).toBeGreaterThanOrEqual(annotator.stats.firstMarkAt!);
  });

  it('forgets the mentions the page removes, so their nodes can be collected and no longer count', async () => {
    const body = page('<main><p id="old">OpenAI first.</p><p>Meta stays.</p></main>');
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    instance.start();
    scheduler.runAll();
    expect([instance.markCount, [...instance.markedCompanyIds].sort()]).toEqual([2, ['meta', 'openai']]);
    const removed = body.querySelector('#old')!.firstChild as Text;
    body.querySelector('#old')!.remove();
    await mutationsDelivered();
    scheduler.runAll();
    expect([instance.markCount, [...instance.markedCompanyIds]]).toEqual([1, ['meta']]);
    expect(highlights.texts('backstory')).toEqual(['Meta']);
    expect(highlights.names.has('backstory:openai')).toBe(false);
    // Nothing of ours is left on the removed node.
    expect(mentions.inNode(removed)).toEqual([]);
    instance.stop();
  });
});
