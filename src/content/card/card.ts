// The card as the rest of the content script sees it: one interface that the card's host (in the
// lazily loaded chunk), the loader standing in for it, and the hover controller share.
import type { CompanyProfile } from '../../core/display/company-profile';

export interface Point {
  x: number;
  y: number;
}

/** What the card is placed next to: a mention's range, as Floating UI's virtual element. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  /** The element whose scrolling boxes the card follows. */
  contextElement?: Element;
}

/** Where the card gets companies: at once for those on the page, from the background for others. */
export interface CardProfiles {
  get(companyId: string): CompanyProfile | undefined;
  load(companyId: string): Promise<CompanyProfile | undefined>;
  /** Why a profile is missing, in words for the reader. */
  problem(): string;
  onPageIds(): ReadonlySet<string>;
}

export interface CardEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
  onOpenProfile(companyId: string): void;
}

export interface Card {
  /**
   * Shows the card for `companyId` next to `anchor`, on the line under `point` when it wraps;
   * `askedAt` is when the reader's intent was seen, for the card's timing.
   */
  show(anchor: CardAnchor, companyId: string, point: Point | undefined, askedAt?: number): void;
  hide(): void;
  destroy(): void;
  readonly isShown: boolean;
  /** Whether keyboard focus is inside the card. */
  readonly hasFocus: boolean;
  /** Whether an event target is the card or inside it (retargeted or not). */
  contains(target: EventTarget | null): boolean;
  /** Moves keyboard focus into the card, when the reader asks for it. */
  focus(): void;
}

/** A range as a card anchor. */
export function anchorOf(range: Range): CardAnchor {
  const start = range.startContainer;
  const contextElement = start instanceof Element ? start : (start.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}
