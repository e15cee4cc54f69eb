// Finds company names in a text in one pass over its characters. Each word's hash (case folded) is
// looked up among the first words of all aliases; only on a hit are the aliases that start with
// that word compared, character by character, at that place. So the cost follows the text's length,
// not the number of names, and compiling 100,000 aliases is one short loop over them.
import type { EvidenceKind } from './dataset-schema';
import { classOf, HASH_SEED, hashStep, IDEOGRAPH, isApostrophe, isDash, isSpace, lowerOf, OTHER, WORD } from './text-classes';

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

/** Hash of an alias's first word, as the scan computes it for words of the text. */
function firstWordHash(text: string): number | undefined {
  let hash = HASH_SEED;
  let i = 0;
  while (i < text.length && classOf(text.charCodeAt(i)) === OTHER) i++;
  if (i === text.length) return undefined;
  const first = text.charCodeAt(i);
  if (classOf(first) === IDEOGRAPH) return hashStep(hash, first);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (classOf(code) !== WORD) break;
    if (code !== SOFT_HYPHEN) hash = hashStep(hash, lowerOf(code));
  }
  return hash;
}

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

export function compileMatcher(aliases: readonly AliasEntry[]): Matcher {
  const entries: AliasEntry[] = [];
  for (const alias of aliases) {
    const text = alias.text.trim().normalize('NFC');
    if (firstWordHash(text) === undefined) continue;
    entries.push({ ...alias, text });
    // Text may carry accents as separate marks ("e" + U+0301): match that form too.
    const decomposed = text.normalize('NFD');
    if (decomposed !== text) entries.push({ ...alias, text: decomposed });
  }
  const buckets = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    const hash = firstWordHash(entry.text)!;
    const bucket = buckets.get(hash);
    if (bucket) bucket.push(index);
    else buckets.set(hash, [index]);
  });

  /** The longest alias starting at `start`, as [end, entry index], or undefined. */
  function longestAt(text: string, start: number, bucket: number[]): [number, number] | undefined {
    let best: [number, number] | undefined;
    for (const index of bucket) {
      const entry = entries[index]!;
      const end = matchAt(entry.text, entry.caseSensitive, text, start);
      // Longest wins; on a tie a case-sensitive alias (the more specific), then the one listed first.
      if (end < 0) continue;
      if (!best || end > best[0] || (end === best[0] && entry.caseSensitive && !entries[best[1]]!.caseSensitive)) best = [end, index];
    }
    return best;
  }

  return {
    aliases: entries,
    find(text: string): Mention[] {
      const found: Mention[] = [];
      const length = text.length;
      let wordStart = -1;
      let hash = HASH_SEED;
      let j = 0;
      while (j <= length) {
        const code = j < length ? text.charCodeAt(j) : 0x20;
        const kind = classOf(code);
        if (kind === WORD) {
          if (wordStart < 0) {
            wordStart = j;
            hash = HASH_SEED;
          }
          if (code !== SOFT_HYPHEN) hash = hashStep(hash, lowerOf(code));
          j++;
          continue;
        }
        let start = -1;
        let key = 0;
        if (wordStart >= 0) {
          start = wordStart;
          key = hash;
          wordStart = -1;
        } else if (kind === IDEOGRAPH) {
          start = j;
          key = hashStep(HASH_SEED, code);
        }
        if (start >= 0) {
          const bucket = buckets.get(key);
          const best = bucket && longestAt(text, start, bucket);
          if (best) {
            const entry = entries[best[1]]!;
            const end = entry.role === 'ticker' ? best[0] : suffixEnd(text, best[0]);
            found.push({ start, end, companyId: entry.companyId, alias: best[1], suffix: end !== best[0] });
            j = end;
            continue;
          }
        }
        j++;
      }
      return found;
    },
  };
}
