// Finds company names in a text in one pass over its characters. Each word's key (a hash of its
// lower case) is looked up in the alias dictionary (alias-dictionary.ts): a bitset answers for most
// words, a flat hash table for the rest, and only then are the aliases that start with that word
// (and, for a common first word, share the text's second word) compared character by character.
// So the cost follows the text's length, not the number of names.
import { type AliasEntry, buildDictionary, findSlot, inFilter, NARROW_AT, NO_SECOND } from './alias-dictionary';
import { FIRST_WORD_FOLD, FOLD_TABLE, hashStep, IDEOGRAPH, isApostrophe, isDash, isSpace, isWordUnit, learnFold, lowerOf, OTHER, SOFT } from './text-classes';

export type { AliasEntry } from './alias-dictionary';

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

/** The key of the word last read by readWordEnd: a module variable, so reading allocates nothing. */
let wordKey = 0;

/**
 * Reads the word starting at or after `from` (skipping spaces and at most `maxGap` other
 * characters): returns where it ends, or -1, and leaves its key (case folded, soft hyphens ignored)
 * in `wordKey`. An ideograph is a word by itself.
 */
function readWordEnd(text: string, from: number, maxGap: number): number {
  let i = from;
  let gap = 0;
  while (i < text.length && !isWordUnit(text.charCodeAt(i))) {
    if (!isSpace(text.charCodeAt(i)) && ++gap > maxGap) return -1;
    i++;
  }
  if (i >= text.length) return -1;
  const first = text.charCodeAt(i);
  if (learnFold(first) === IDEOGRAPH) {
    wordKey = hashStep(0, first);
    return i + 1;
  }
  let key = 0;
  for (; i < text.length; i++) {
    const folded = learnFold(text.charCodeAt(i));
    if (folded === SOFT) continue;
    if (folded < FIRST_WORD_FOLD) break;
    key = hashStep(key, folded);
  }
  wordKey = key;
  return i;
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
  if (j < textLength && learnFold(text.charCodeAt(j)) >= FIRST_WORD_FOLD && learnFold(alias.charCodeAt(aliasLength - 1)) >= FIRST_WORD_FOLD) return -1;
  return j;
}

// Legal suffixes that belong to a name when they follow it: "Apple Inc.", "Nvidia Corp".
const SUFFIX = /^,?[ \u00a0](?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|AG|SA|S\.A\.|SE|N\.V\.|NV|GmbH|Holdings)(?![\p{L}\p{N}])/u;

/** The letters a legal suffix starts with, after its ", " or space: most names have none. */
const SUFFIX_INITIALS = new Set([...'ICLPASNGHp'].map((letter) => letter.charCodeAt(0)));

function suffixEnd(text: string, end: number): number {
  let at = end;
  if (text.charCodeAt(at) === 0x2c) at++;
  const space = text.charCodeAt(at);
  if ((space !== 0x20 && space !== 0xa0) || !SUFFIX_INITIALS.has(text.charCodeAt(at + 1))) return end;
  const match = SUFFIX.exec(text.slice(end, end + 16));
  return match ? end + match[0].length : end;
}


/**
 * The scanning loop, on its own so the engine optimises it as one small function: walks the words
 * of `text` with one table read per character, and calls `onWord` only for words whose key passes
 * the filter for their case. `onWord` returns where scanning goes on (a name's end), or -1.
 */
function scanWords(text: string, filterAll: Uint32Array, filterLower: Uint32Array, onWord: (start: number, key: number, end: number) => number): void {
  const length = text.length;
  const fold = FOLD_TABLE;
  let j = 0;
  while (j < length) {
    let code = text.charCodeAt(j);
    let folded = fold[code]!;
    // Spaces and punctuation, most of a page's characters between words: the shortest path.
    while (folded === OTHER && ++j < length) {
      code = text.charCodeAt(j);
      folded = fold[code]!;
    }
    if (j >= length) break;
    if (folded < FIRST_WORD_FOLD) {
      if (folded === 0) folded = learnFold(code);
      if (folded === IDEOGRAPH) {
        // An ideograph is a word of its own.
        const key = hashStep(0, code);
        const next = inFilter(filterAll, key) ? onWord(j, key, j + 1) : -1;
        j = next >= 0 ? next : j + 1;
        continue;
      }
      if (folded < FIRST_WORD_FOLD) {
        j++;
        continue;
      }
    }
    const start = j;
    const filter = folded !== code ? filterAll : filterLower;
    let key = folded;
    j++;
    while (j < length) {
      code = text.charCodeAt(j);
      folded = fold[code]!;
      if (folded < FIRST_WORD_FOLD) {
        if (folded === 0) folded = learnFold(code);
        if (folded === SOFT) {
          j++;
          continue;
        }
        if (folded < FIRST_WORD_FOLD) break;
      }
      key = (Math.imul(key, 31) + folded) | 0;
      j++;
    }
    if (inFilter(filter, key)) {
      const next = onWord(start, key, j);
      if (next >= 0) j = next;
    }
  }
}

export function compileMatcher(aliases: readonly AliasEntry[]): Matcher {
  const dictionary = buildDictionary(aliases);
  const { entries, slots, order, secondKey, filterAll, filterLower } = dictionary;

  let bestEnd = -1;
  let bestIndex = -1;
  /** Keeps the alias `index` if it matches at `start` and beats the best so far. */
  function consider(text: string, start: number, index: number): void {
    const entry = entries[index]!;
    const end = matchAt(entry.text, entry.caseSensitive, text, start);
    if (end < 0 || end < bestEnd) return;
    if (end === bestEnd) {
      // On a tie a case-sensitive alias (the more specific), then the one listed first.
      const best = entries[bestIndex]!;
      if (best.caseSensitive && !entry.caseSensitive) return;
      if (best.caseSensitive === entry.caseSensitive && bestIndex < index) return;
    }
    bestEnd = end;
    bestIndex = index;
  }

  /** Records the longest name starting at `start`, if any, and returns where it ends, or -1. */
  function tryAt(text: string, start: number, key: number, wordEnd: number, found: Mention[]): number {
    const slot = findSlot(dictionary, key);
    if (slot < 0) return -1;
    const size = slots[slot + 2]!;
    const groupStart = slots[slot + 1]!;
    const groupEnd = groupStart + size;
    bestEnd = -1;
    bestIndex = -1;
    if (size <= NARROW_AT) {
      for (let at = groupStart; at < groupEnd; at++) consider(text, start, order[at]!);
    } else {
      // One-word aliases sort first; then only those whose second word is the text's next word.
      let at = groupStart;
      for (; at < groupEnd && secondKey[order[at]!] === NO_SECOND; at++) consider(text, start, order[at]!);
      if (readWordEnd(text, wordEnd, MAX_SEPARATOR) >= 0) {
        const next = wordKey;
        let low = at;
        let high = groupEnd;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (secondKey[order[middle]!]! < next) low = middle + 1;
          else high = middle;
        }
        for (at = low; at < groupEnd && secondKey[order[at]!] === next; at++) consider(text, start, order[at]!);
      }
    }
    if (bestIndex < 0) return -1;
    const entry = entries[bestIndex]!;
    const end = entry.role === 'ticker' ? bestEnd : suffixEnd(text, bestEnd);
    found.push({ start, end, companyId: entry.companyId, alias: bestIndex, suffix: end !== bestEnd });
    return end;
  }

  return {
    aliases: entries,
    find(text: string): Mention[] {
      const found: Mention[] = [];
      scanWords(text, filterAll, filterLower, (start, key, end) => tryAt(text, start, key, end, found));
      return found;
    },
  };
}
