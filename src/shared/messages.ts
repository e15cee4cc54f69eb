// The one message contract between the extension's parts. Every receiver parses what arrives
// with these schemas and answers with a Reply; anything else gets a typed error.
import { z } from 'zod/mini';
import type { PackedAliases } from '../core/recognition/alias-wire';
import type { CompanyProfile } from '../core/display/company-profile';
import type { SearchResult } from '../core/recognition/search';
import { SettingsSchema, type Settings } from '../core/settings/settings';

const companyId = z.string().check(z.minLength(1), z.maxLength(100));

/** Requests the background answers (from content scripts, the popup and the options page). */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getPageConfig'), url: z.string().check(z.maxLength(8192)) }),
  /** `kinds: 'chosen'` (cards and the popup): only the relation kinds the reader chose to see. */
  z.object({ type: z.literal('getProfiles'), ids: z.array(companyId).check(z.maxLength(5000)), kinds: z.optional(z.enum(['chosen', 'all'])) }),
  z.object({ type: z.literal('search'), query: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal('getSettings') }),
  z.object({ type: z.literal('setSiteEnabled'), site: z.string().check(z.maxLength(300)), enabled: z.boolean() }),
  z.object({ type: z.literal('saveSettings'), settings: SettingsSchema }),
  z.object({ type: z.literal('openProfile'), companyId }),
  /** A content script tells how many companies its page mentions, for the toolbar badge. */
  z.object({ type: z.literal('reportMarks'), companies: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)) }),
]);

/** Requests a content script answers (from the popup). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getPageState') }),
  /** The keyboard command: focus the next or previous mention and open its card. */
  z.object({ type: z.literal('stepMention'), direction: z.enum(['next', 'previous']) }),
  /** The popup's "On this page": scroll to a company's first mention and flash it. */
  z.object({ type: z.literal('revealCompany'), companyId }),
]);

export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export interface PageConfig {
  enabled: boolean;
  settings: Settings;
  site: string | undefined;
  /** The matcher's dictionary, packed for the trip (alias-wire.ts). */
  aliases: PackedAliases;
}

/** What marking cost the page, in the content script's own measure (read by benchmarks and tests). */
export interface MarkingStats {
  /** Slices of work run (reading and marking, and taking in page changes), their total and longest in ms. */
  slices: number;
  busyMs: number;
  longestSliceMs: number;
  /** performance.now() when the first mark went in, and when the page was last fully read. */
  firstMarkAt: number | undefined;
  doneAt: number | undefined;
  /** Text nodes too long to read (left alone). */
  skippedNodes: number;
  /** The last pointer hit-tests' durations in ms, newest last (read by the benchmark). */
  hitTestMs?: number[];
  /** Building the dictionary and the hover machinery before the first slice (set by the page session). */
  setupMs?: number;
  /** From the script's start until the page config (with the alias list) arrived. */
  configMs?: number;
}

export interface PageState {
  site: string | undefined;
  enabled: boolean;
  /** Mentions per company id on the page now. */
  counts: Record<string, number>;
  /** Display names of the companies counted, where known. */
  names: Record<string, string>;
  stats?: MarkingStats;
}

/** What each request is answered with. */
export interface ResponseMap {
  getPageConfig: PageConfig;
  getProfiles: { profiles: CompanyProfile[] };
  search: { results: SearchResult[] };
  getSettings: Settings;
  setSiteEnabled: Settings;
  saveSettings: Settings;
  openProfile: { opened: true };
  reportMarks: { shown: boolean };
  getPageState: PageState;
  stepMention: { stepped: boolean };
  revealCompany: { revealed: boolean };
}

export type ErrorCode = 'malformed' | 'forbidden-sender' | 'bad-input' | 'internal';

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** Describes what is wrong with a message that failed its schema, for the typed error. */
export function describeInvalid(error: z.core.$ZodError): string {
  return z.prettifyError(error);
}
