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

// Letters, combining marks and digits make up a word (a soft hyphen may sit inside one);
// everything else separates words.
const WORD = /[\p{L}\p{M}\p{N}\u00ad]+/gu;
const SPACES = /\s+/gu;
const APOSTROPHES = /[\u2018\u2019\uff07]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014]/gu;

/** Between words, any run of spaces is one space, and typographic apostrophes and dashes are plain. */
function gapKey(gap: string): string {
  return gap.replace(SPACES, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-');
}

/** The same word however it is encoded: composed accents, no soft hyphens. */
function wordKey(word: string, caseSensitive: boolean): string {
  const plain = word.replace(/\u00ad/g, '').normalize('NFC');
  return caseSensitive ? plain : plain.toLowerCase();
}

function edgeKey(gap: string, word: string, caseSensitive: boolean): string {
  return `${caseSensitive ? 'c' : 'i'}${gapKey(gap)}\u0000${wordKey(word, caseSensitive)}`;
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
    // The first alias to claim a name keeps it (the dataset check rejects such collisions).
    node.companyId ??= alias.companyId;
  }

  return {
    find(text: string): Mention[] {
      const found: Mention[] = [];
      const tokens = words(text);
      let i = 0;
      while (i < tokens.length) {
        // A word can continue both a case-sensitive and a case-insensitive alias: follow both.
        let nodes: TrieNode[] = [root];
        let best: { index: number; companyId: string } | undefined;
        for (let j = i; j < tokens.length && nodes.length > 0; j++) {
          const token = tokens[j]!;
          const gap = j === i ? '' : text.slice(tokens[j - 1]!.end, token.start);
          const sensitive = edgeKey(gap, token.word, true);
          const insensitive = edgeKey(gap, token.word, false);
          const next: TrieNode[] = [];
          for (const node of nodes) {
            const a = node.next.get(sensitive);
            const b = node.next.get(insensitive);
            if (a) next.push(a);
            if (b) next.push(b);
          }
          const terminal = next.find((node) => node.companyId !== undefined);
          if (terminal) best = { index: j, companyId: terminal.companyId! };
          nodes = next;
        }
        if (best) {
          found.push({ start: tokens[i]!.start, end: tokens[best.index]!.end, companyId: best.companyId });
          i = best.index + 1;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}
