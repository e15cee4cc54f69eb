// The dataset's vocabulary: kinds, roles, statuses, sectors and evidence. Plain lists with no
// validation library, so the content script can use them without carrying the dataset's schemas.

export const EVIDENCE_KINDS = [
  /** Another, unambiguous name of the same company appears on the page ("Apple Inc.", "Meta Platforms"). */
  'other-name-on-page',
  /** A company word is near: Inc., Corp., shares, CEO, said, acquired, invested… */
  'company-words-nearby',
  /** Its ticker is on the page ("NASDAQ: AAPL", "$AAPL"). */
  'ticker-on-page',
  /** Capitalised inside a sentence ("shares of Meta rose"), not at its start ("Meta-analysis shows"). */
  'capitalized-mid-sentence',
] as const;

export const COMPANY_KINDS = ['public', 'private', 'subsidiary', 'nonprofit', 'state-owned'] as const;

export const SECTORS = [
  'ai', 'cloud', 'semiconductors', 'software', 'internet', 'hardware', 'media', 'telecom', 'automotive',
  'payments', 'finance', 'investment', 'retail', 'energy', 'entertainment', 'consumer', 'industrial',
  'health', 'transport', 'aerospace', 'government', 'other',
] as const;

export const RELATION_KINDS = [
  'acquisition', 'merger', 'investment', 'partnership', 'joint-venture', 'vendor',
  'licensing', 'talent-deal', 'divestiture', 'litigation', 'rivalry',
] as const;

export const PARTY_ROLES = [
  'acquirer', 'target', 'investor', 'investee', 'partner', 'supplier', 'customer', 'licensor',
  'licensee', 'hirer', 'hired-from', 'seller', 'divested', 'buyer', 'plaintiff', 'defendant', 'rival',
  'merged',
] as const;

export const RELATION_STATUSES = ['reported', 'announced', 'completed', 'cancelled', 'ended'] as const;

export const CHANGE_KINDS = ['started', 'expanded', 'reduced', 'paused', 'winding-down', 'ended'] as const;
