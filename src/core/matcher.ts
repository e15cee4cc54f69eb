// Finds company names in a text in one pass over its characters. Each word's hash (case folded) is
// looked up among the first words of all aliases; only on a hit are the aliases that start with
// that word compared, character by character, at that place. So the cost follows the text's length,
// not the number of names, and compiling 100,000 aliases is one short loop over them.
import type { EvidenceKind } from './dataset-schema';
import { CLASS_TABLE, classOf, HASH_SEED, hashStep, IDEOGRAPH, isApostrophe, isDash, isSpace, LOWER_TABLE, lowerOf, SOFT, WORD } from './text-classes';

export interface AliasEntry {
  text: string;
  companyId: string;
  caseSensitive: boolean;
  /** Also an ordinary word: counted only with evidence (see recognizer.ts). */
  ambiguous?: boolean;
  evidence?: readonly EvidenceKind[];
  /** "ticker": found only as evidence for the company ("$AAPL"), never marked. */
  role?: 'name' | 'ticker';
}

export interface Mention {
  start: number;
  end: number;
  companyId: string;
  /** Index of the alias that matched, in the list given to compileMatcher. */
  alias: number;
  /** A legal suffix ("Inc.", "Corp") follows the name and is part of the mention. */
  suffix: boolean;
}

export interface Matcher {
  readonly aliases: readonly AliasEntry[];
  find(text: string): Mention[];
}

const SOFT_HYPHEN = 0xad;

/**
 * The word starting at or after `from` (skipping spaces and at most `maxGap` other characters): its
 * key (case folded, soft hyphens ignored) and where it ends. An ideograph is a word by itself.
 */
let wordKey = 0;

/** Like readWord's result, without allocating: the end (or -1), with the key left in `wordKey`. */
function readWordEnd(text: string, from: number, maxGap: number): number {
  let i = from;
  let gap = 0;
  while (i < text.length && classOf(text.charCodeAt(i)) !== WORD && classOf(text.charCodeAt(i)) !== IDEOGRAPH) {
    if (!isSpace(text.charCodeAt(i)) && ++gap > maxGap) return -1;
    i++;
  }
  if (i >= text.length) return -1;
  const first = text.charCodeAt(i);
  if (classOf(first) === IDEOGRAPH) {
    wordKey = hashStep(HASH_SEED, first);
    return i + 1;
  }
  let key = HASH_SEED;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (kind === SOFT) continue;
    if (kind !== WORD) break;
    key = hashStep(key, lowerOf(code));
  }
  wordKey = key;
  return i;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** The keys of an alias's words, in order. */
function wordKeys(text: string): number[] {
  const keys: number[] = [];
  for (let end = readWordEnd(text, 0, Infinity); end >= 0; end = readWordEnd(text, end, Infinity)) keys.push(wordKey);
  return keys;
}

/** Aliases as a tree of word keys: the aliases that end at a node are listed there. */
interface WordNode {
  next?: Map<number, WordNode>;
  entries?: number[];
}

/**
 * The first-word filter is a bitset over the low 20 bits of a word's key: 128 KB, small enough to
 * stay in cache, with false hits near 1% at 10,000 first words.
 */
const FILTER_BITS = 20;

function inFilter(filter: Uint32Array, key: number): boolean {
  return ((filter[(key >>> 5) & ((1 << (FILTER_BITS - 5)) - 1)]! >>> (key & 31)) & 1) === 1;
}

/** Separators inside a name are short: "&", "'", "-", ", ", spaces aside. */
const MAX_SEPARATOR = 3;

/**
 * Where the alias ends if it starts at `start` in `text`, or -1. Spaces match any run of spaces,
 * typographic apostrophes and dashes match plain ones, soft hyphens in the text are skipped.
 */
function matchAt(alias: string, caseSensitive: boolean, text: string, start: number): number {
  let i = 0;
  let j = start;
  const aliasLength = alias.length;
  const textLength = text.length;
  while (i < aliasLength) {
    if (j >= textLength) return -1;
    const a = alias.charCodeAt(i);
    const t = text.charCodeAt(j);
    if (isSpace(a)) {
      if (!isSpace(t)) return -1;
      while (i < aliasLength && isSpace(alias.charCodeAt(i))) i++;
      while (j < textLength && isSpace(text.charCodeAt(j))) j++;
      continue;
    }
    if (t === SOFT_HYPHEN && a !== SOFT_HYPHEN) {
      j++;
      continue;
    }
    if (a === t || (!caseSensitive && lowerOf(a) === lowerOf(t)) || (isApostrophe(a) && isApostrophe(t)) || (isDash(a) && isDash(t))) {
      i++;
      j++;
      continue;
    }
    return -1;
  }
  // The name must end where a word ends ("Meta" is not in "Metadata").
  if (j < textLength && classOf(text.charCodeAt(j)) === WORD && classOf(alias.charCodeAt(aliasLength - 1)) === WORD) return -1;
  return j;
}

// Legal suffixes that belong to a name when they follow it: "Apple Inc.", "Nvidia Corp".
const SUFFIX = /^,?[ \u00a0](?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|AG|SA|S\.A\.|SE|N\.V\.|NV|GmbH|Holdings)(?![\p{L}\p{N}])/u;

function suffixEnd(text: string, end: number): number {
  const match = SUFFIX.exec(text.slice(end, end + 16));
  return match ? end + match[0].length : end;
}

/**
 * The scanning loop, on its own so the engine optimises it as one small function: walks the words
 * of `text`, computing each word's key from the tables, and calls `onWord` only for words whose key
 * passes the filter. `onWord` returns where scanning goes on (a name's end), or -1.
 */
function scanWords(text: string, filter: Uint32Array, onWord: (start: number, key: number, end: number) => number): void {
  const length = text.length;
  const classes = CLASS_TABLE;
  const lowers = LOWER_TABLE;
  let j = 0;
  while (j < length) {
    let code = text.charCodeAt(j);
    let kind = classes[code]!;
    if (kind !== WORD) {
      if (kind === 0) kind = classOf(code);
      if (kind === IDEOGRAPH) {
        // An ideograph is a word of its own.
        const key = hashStep(HASH_SEED, code);
        const next = inFilter(filter, key) ? onWord(j, key, j + 1) : -1;
        j = next >= 0 ? next : j + 1;
        continue;
      }
      if (kind !== WORD) {
        j++;
        continue;
      }
    }
    // A word: only unseen units and soft hyphens leave the one-comparison path.
    const start = j;
    let key = HASH_SEED;
    while (j < length) {
      code = text.charCodeAt(j);
      kind = classes[code]!;
      if (kind !== WORD) {
        if (kind === 0) kind = classOf(code);
        if (kind === SOFT) {
          j++;
          continue;
        }
        if (kind !== WORD) break;
      }
      key = (Math.imul(key, 31) + lowers[code]!) | 0;
      j++;
    }
    if (inFilter(filter, key)) {
      const next = onWord(start, key, j);
      if (next >= 0) j = next;
    }
  }
}

export function compileMatcher(aliases: readonly AliasEntry[]): Matcher {
  const entries: AliasEntry[] = [];
  for (const alias of aliases) {
    const ascii = !NON_ASCII.test(alias.text);
    const text = ascii ? alias.text.trim() : alias.text.trim().normalize('NFC');
    if (readWordEnd(text, 0, Infinity) < 0) continue;
    // The caller's object is kept when its text needs no change: 100,000 aliases, no copies.
    entries.push(text === alias.text ? alias : { ...alias, text });
    if (ascii) continue;
    // Text may carry accents as separate marks ("e" + U+0301): match that form too.
    const decomposed = text.normalize('NFD');
    if (decomposed !== text) entries.push({ ...alias, text: decomposed });
  }
  const root: WordNode = { next: new Map() };
  // A first look at the low bits of a word's key: most words of a text fail here, before any map.
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  entries.forEach((entry, index) => {
    const keys = wordKeys(entry.text);
    const first = keys[0]!;
    filter[(first >>> 5) & ((1 << (FILTER_BITS - 5)) - 1)]! |= 1 << (first & 31);
    let node = root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    (node.entries ??= []).push(index);
  });

  /**
   * The longest alias starting at `start`, whose first word ends at `wordEnd` with key `key`, as
   * [end, entry index]. Follows the text's next words down the tree, then checks each candidate
   * character by character, longest first.
   */
  function longestAt(text: string, start: number, key: number, wordEnd: number): [number, number] | undefined {
    let node = root.next!.get(key);
    const path: WordNode[] = [];
    let position = wordEnd;
    while (node) {
      path.push(node);
      if (!node.next) break;
      const end = readWordEnd(text, position, MAX_SEPARATOR);
      if (end < 0) break;
      node = node.next.get(wordKey);
      position = end;
    }
    for (let depth = path.length - 1; depth >= 0; depth--) {
      let best: [number, number] | undefined;
      for (const index of path[depth]!.entries ?? []) {
        const entry = entries[index]!;
        const end = matchAt(entry.text, entry.caseSensitive, text, start);
        if (end < 0) continue;
        // Longest wins; on a tie a case-sensitive alias (the more specific), then the one listed first.
        if (!best || end > best[0] || (end === best[0] && entry.caseSensitive && !entries[best[1]]!.caseSensitive)) best = [end, index];
      }
      if (best) return best;
    }
    return undefined;
  }

  /** Records the longest name starting at `start`, if any, and returns where it ends, or -1. */
  function tryAt(text: string, start: number, key: number, wordEnd: number, found: Mention[]): number {
    const best = longestAt(text, start, key, wordEnd);
    if (!best) return -1;
    const entry = entries[best[1]]!;
    const end = entry.role === 'ticker' ? best[0] : suffixEnd(text, best[0]);
    found.push({ start, end, companyId: entry.companyId, alias: best[1], suffix: end !== best[0] });
    return end;
  }

  return {
    aliases: entries,
    find(text: string): Mention[] {
      const found: Mention[] = [];
      scanWords(text, filter, (start, key, end) => tryAt(text, start, key, end, found));
      return found;
    },
  };
}
