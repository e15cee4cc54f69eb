// The hover card's code (Preact, Floating UI, the card views) is an entry of its own, built to one
// fixed address (CARD_CHUNK) that the content script loads when a card is first wanted. This plugin
// lists it and the chunks it imports as web-accessible in the built manifest, so that no other
// part of the extension has to import content code for the build to emit it.
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { CARD_CHUNK } from '../src/shared/card-chunk';

export const CARD_ENTRY = 'card';

export function cardChunk(): Plugin {
  return {
    name: 'backstory:card-chunk',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle: OutputBundle) {
        const card = bundle[CARD_CHUNK];
        const manifest = bundle['manifest.json'];
        if (!card || card.type !== 'chunk' || !manifest || manifest.type !== 'asset') throw new Error('backstory:card-chunk: the card entry or the manifest is missing from the build');
        const files = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name] as OutputChunk | undefined;
          if (!chunk || files.has(name)) return;
          files.add(name);
          for (const imported of chunk.imports) visit(imported);
        };
        visit(CARD_CHUNK);
        const parsed = JSON.parse(String(manifest.source)) as {
          web_accessible_resources?: { resources: string[]; matches: string[] }[];
          content_scripts?: { matches: string[] }[];
        };
        // Reachable from the pages the content script runs on, and only there.
        const matches = [...new Set((parsed.content_scripts ?? []).flatMap((script) => script.matches))];
        parsed.web_accessible_resources = [...(parsed.web_accessible_resources ?? []), { resources: [...files], matches }];
        manifest.source = `${JSON.stringify(parsed, null, 2)}\n`;
      },
    },
  };
}
