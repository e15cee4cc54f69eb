// Where the build puts the hover card's code in the package (scripts/vite-plugin-card-chunk.ts).
export const CARD_CHUNK = 'content/card.js';
