// Finds company mentions in a text: words are matched against a trie of alias words, so the cost
// grows with the text, not with the number of names. The longest alias wins ("Scale AI" over "Scale").
// Richer evidence rules for ambiguous names belong to the recognition engine; this is its core.

export interface AliasEntry {
  text: string;
  companyId: string;
  caseSensitive: boolean;
}

export interface Mention {
  start: number;
  end: number;
  companyId: string;
}

export interface Matcher {
  find(text: string): Mention[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  companyId?: string;
}

// Letters, combining marks and digits make up a word; everything else separates words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPACES = /\s+/gu;

function gapKey(gap: string): string {
  return gap.replace(SPACES, ' ');
}

function edgeKey(gap: string, word: string, caseSensitive: boolean): string {
  return `${caseSensitive ? 'c' : 'i'}${gapKey(gap)}\u0000${caseSensitive ? word : word.toLowerCase()}`;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

export function compileMatcher(aliases: readonly AliasEntry[]): Matcher {
  const root: TrieNode = { next: new Map() };
  for (const alias of aliases) {
    const aliasWords = words(alias.text.trim());
    if (aliasWords.length === 0) continue;
    let node = root;
    let previousEnd = 0;
    for (const { word, start, end } of aliasWords) {
      const gap = node === root ? '' : alias.text.trim().slice(previousEnd, start);
      const key = edgeKey(gap, word, alias.caseSensitive);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
      previousEnd = end;
    }
    // The first alias to claim a name keeps it: dataset order is the tie-break.
    node.companyId ??= alias.companyId;
  }

  return {
    find(text: string): Mention[] {
      const found: Mention[] = [];
      const tokens = words(text);
      let i = 0;
      while (i < tokens.length) {
        let node: TrieNode | undefined = root;
        let best: { end: number; index: number; companyId: string } | undefined;
        for (let j = i; j < tokens.length && node; j++) {
          const token = tokens[j]!;
          const gap = j === i ? '' : text.slice(tokens[j - 1]!.end, token.start);
          const child: TrieNode | undefined =
            node.next.get(edgeKey(gap, token.word, true)) ?? node.next.get(edgeKey(gap, token.word, false));
          node = child;
          if (child?.companyId !== undefined) best = { end: token.end, index: j, companyId: child.companyId };
        }
        if (best) {
          found.push({ start: tokens[i]!.start, end: best.end, companyId: best.companyId });
          i = best.index + 1;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}
