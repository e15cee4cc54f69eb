// The popup's "On this page": bring a company's first mention into view and flash it briefly.
import { hasBoxes, type Mention, type MentionIndex } from './mention-index';

const FLASH_MS = 1600;

/** False when the company has no visible mention on the page. */
export function revealMention(doc: Document, mentions: MentionIndex, companyId: string, signal: AbortSignal): boolean {
  const mention = mentions.ofCompany(companyId).find(hasBoxes);
  if (!mention) return false;
  const view = doc.defaultView;
  const still = view?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  scrollToCentre(mention, still ? 'auto' : 'smooth');
  const unflash = mentions.flash(mention);
  const timer = setTimeout(unflash, FLASH_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return true;
}

/**
 * A range cannot scroll itself into view: its element is brought into any scrolling box it sits
 * in, then the window centres the mention itself (a paragraph may be taller than the window).
 */
export function scrollToCentre(mention: Mention, behavior: ScrollBehavior): void {
  const element = mention.nodes[0]?.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const view = element?.ownerDocument.defaultView;
  if (!view) return;
  const box = mention.range.getBoundingClientRect();
  view.scrollBy({ top: box.top + box.height / 2 - view.innerHeight / 2, behavior });
}
