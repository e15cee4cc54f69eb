// Serves the project's own pages (the demo article, test fixtures) from 127.0.0.1, for `npm start`
// and the end-to-end tests. Only files under the mounted folders are served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
// /seed and /corpus serve ../shared/seed and ../shared/corpus/news when they are beside the checkout
// (optional checks only).
const MOUNTS = {
  demo: path.join(ROOT, 'demo'),
  fixtures: path.join(ROOT, 'tests/fixtures'),
  seed: path.resolve(ROOT, '../shared/seed'),
  // The real-page corpus, for evaluation and the page-safety suite only; never copied in.
  corpus: path.resolve(ROOT, '../shared/corpus/news'),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/**
 * @param {{ host?: string, port?: number }} [options]
 * @returns {Promise<import('./page-server').PageServer>}
 */
export async function startPageServer({ host = '127.0.0.1', port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [, mount, ...rest] = pathname.split('/');
    const base = mount ? MOUNTS[mount] : undefined;
    const file = base ? path.resolve(base, rest.join('/')) : undefined;
    if (!base || !file || !file.startsWith(base + path.sep)) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
