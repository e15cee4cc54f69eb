// A source opens in a new tab, and only http(s) addresses ever become links.
import type { Source } from '../core/dataset/dataset-schema';

export function isSafeLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function SourceLink({ source }: { source: Source }) {
  if (!isSafeLink(source.url)) return <span class="bs-source">{source.publisher}</span>;
  return (
    <a class="bs-source" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {source.publisher}
    </a>
  );
}
