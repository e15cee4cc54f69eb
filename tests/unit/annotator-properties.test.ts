// @vitest-environment happy-dom
// Properties that must hold on any page: marking never changes the text, marks never nest or
// overlap, a second run changes nothing, and stopping restores every original text node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';
import { annotateAll } from './dom-page';

const ALIASES: AliasEntry[] = [
  { text: 'Meta', companyId: 'meta', caseSensitive: true, ambiguous: true, evidence: ['capitalized-mid-sentence', 'other-name-on-page'] },
  { text: 'Meta Platforms', companyId: 'meta', caseSensitive: false },
  { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
  { text: 'Scale', companyId: 'scale-co', caseSensitive: true },
  { text: 'OpenAI', companyId: 'openai', caseSensitive: false },
  { text: 'AT&T', companyId: 'att', caseSensitive: true },
  { text: 'Nestlé', companyId: 'nestle', caseSensitive: true },
];

const WORDS = ['Meta', 'meta', 'Scale', 'AI', 'Scale AI', 'OpenAI', 'openai', 'AT&T', 'Nestlé', 'Platforms', 'shares', 'the', 'said', '.', ',', '’s', ' ', '\u00a0', '\n', 'é', 'x'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((parts) => parts.join(' '));
const TAGS = ['p', 'div', 'span', 'b', 'a', 'li', 'h2', 'code', 'textarea', 'button', 'em'] as const;

type Tree = string | { tag: (typeof TAGS)[number]; children: Tree[] };
const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.record({ tag: fc.constantFrom(...TAGS), children: tie('nodes') })),
  nodes: fc.array(tie('node'), { maxLength: 4 }),
})).nodes;

function build(nodes: Tree[], parent: Node): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
    } else {
      const element = document.createElement(node.tag);
      build(node.children, element);
      parent.appendChild(element);
    }
  }
}

/** Every element's text nodes, in order: the shape that restoring must bring back. */
function snapshot(root: Node): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(`${node.parentNode?.nodeName}:${(node as Text).data}`);
  return out;
}

describe('Annotator on random pages', () => {
  it('keeps the text, never nests or overlaps marks, is idempotent and restores exactly', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        document.body.replaceChildren();
        build(nodes, document.body);
        const before = snapshot(document.body);
        const textBefore = document.body.textContent;
        const { annotator } = annotateAll(ALIASES);
        expect(document.body.textContent).toBe(textBefore);
        expect(document.querySelectorAll('backstory-mark backstory-mark')).toHaveLength(0);
        expect(document.querySelectorAll('textarea backstory-mark, code backstory-mark, button backstory-mark')).toHaveLength(0);
        for (const mark of Array.from(document.querySelectorAll('backstory-mark'))) {
          expect(mark.childNodes).toHaveLength(1);
          expect(mark.firstChild?.nodeType).toBe(Node.TEXT_NODE);
        }
        const afterFirst = new XMLSerializer().serializeToString(document.body);
        expect(annotateAll(ALIASES).added).toBe(0);
        expect(new XMLSerializer().serializeToString(document.body)).toBe(afterFirst);
        annotator.stop();
        expect(snapshot(document.body)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('Matcher on random text', () => {
  const matcher = compileMatcher(ALIASES);
  it('returns ordered, non-overlapping mentions whose text is one of the aliases', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 60 })), (input) => {
        const found = matcher.find(input);
        let previousEnd = 0;
        for (const mention of found) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          const slice = input.slice(mention.start, mention.end);
          const alias = matcher.aliases[mention.alias]!;
          expect(slice.replace(/\s+/g, ' ').toLowerCase().startsWith(alias.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 2))).toBe(true);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
