// The card's code is an entry of its own in the package, at a fixed address the build lists as
// web-accessible (scripts/vite-plugin-card-chunk.ts); the content script, a classic script, loads
// it from there when a card is first wanted.
import browser from 'webextension-polyfill';
import { CARD_CHUNK } from '../../shared/card-chunk';
import type { CardLoader } from './lazy-card';

export const loadCardModule: CardLoader = () => import(/* @vite-ignore */ browser.runtime.getURL(CARD_CHUNK)) as ReturnType<CardLoader>;
