// @vitest-environment happy-dom
// Properties that must hold on any page: marking never writes the page's tree, mentions never
// overlap and cover only readable text, reading again changes nothing, and stopping clears them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';
import { annotateAll, highlights, marks, mentions, serialize } from './dom-page';

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

describe('Annotator on random pages', () => {
  it('never writes the page, never overlaps mentions, reads idempotently and clears exactly', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        document.body.replaceChildren();
        build(nodes, document.body);
        const before = serialize(document.body);
        const { annotator } = annotateAll(ALIASES);
        expect(serialize(document.body)).toBe(before);
        const found = mentions.inDocumentOrder();
        for (const [index, mention] of found.entries()) {
          expect(mention.range.toString()).toBe(mention.text);
          expect(mention.text.trim()).toBe(mention.text);
          expect(mention.nodes.some((node) => node.parentElement?.closest('textarea, code, button'))).toBe(false);
          const next = found[index + 1];
          if (next) expect(mention.range.compareBoundaryPoints(Range.END_TO_START, next.range)).toBeLessThanOrEqual(0);
        }
        const first = marks();
        annotator.runToCompletion();
        expect(marks()).toEqual(first);
        annotator.stop();
        expect(highlights.names.size).toBe(0);
        expect(serialize(document.body)).toBe(before);
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
