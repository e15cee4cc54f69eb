export interface PageServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}
export function startPageServer(options?: { host?: string; port?: number }): Promise<PageServer>;
