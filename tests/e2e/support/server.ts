// Serves the project's own pages (the demo article and test fixtures) from 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MOUNTS: Record<string, string> = { demo: path.join(ROOT, 'demo'), fixtures: path.join(ROOT, 'tests/fixtures') };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };

export interface PageServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

export async function startServer(host = '127.0.0.1'): Promise<PageServer> {
  const server: Server = createServer(async (request, response) => {
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
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
