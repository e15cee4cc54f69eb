// The popup's "On this page": bring a company's first mention into view and flash it briefly.
import { COMPANY_ATTRIBUTE, MENTION_SELECTOR } from './dom-rules';

export const FLASH_ATTRIBUTE = 'data-backstory-flash';
const FLASH_MS = 1600;

/** False when the company has no visible mention on the page. */
export function revealMark(doc: Document, companyId: string): boolean {
  const mark = Array.from(doc.querySelectorAll<HTMLElement>(MENTION_SELECTOR)).find(
    (candidate) => candidate.getAttribute(COMPANY_ATTRIBUTE) === companyId && candidate.getClientRects().length > 0,
  );
  if (!mark) return false;
  const still = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
  return true;
}
