export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: Record<BrowserKind, { env: string; names: string[]; install: string }>;
export function findBrowser(kind: BrowserKind, env?: NodeJS.ProcessEnv): string | undefined;
