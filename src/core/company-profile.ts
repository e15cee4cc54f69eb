// What a card or a profile page needs about one company, in one piece, so that showing it
// never waits on another lookup.
import type { Company, Relation } from './dataset-schema';

export interface CompanyProfile {
  company: Company;
  relations: Relation[];
  /** Display names of every company the relations mention. */
  names: Record<string, string>;
}
