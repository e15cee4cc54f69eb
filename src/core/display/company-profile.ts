// What a card or a profile page needs about one company, in one piece, so that showing it
// never waits on another lookup.
import type { Company, Relation, RelationKind } from '../dataset/dataset-schema';

/** A relation with the dataset it came from (absent for data that never was stored). */
export type ProfileRelation = Relation & { datasetId?: string };

/** A brand mark from simple-icons (CC0): one SVG path on a 24×24 grid, and its brand colour. */
export interface CompanyLogo {
  path: string;
  /** Six hex digits, no '#'. */
  hex: string;
}

export interface CompanyProfile {
  company: Company;
  relations: ProfileRelation[];
  /** Display names of every company the relations mention. */
  names: Record<string, string>;
  /** Names of the datasets, to say where a reader's own facts came from. */
  datasetNames?: Record<string, string>;
  logo?: CompanyLogo;
}

/** The profile with only the relation kinds the reader chose to see (the same object when all are). */
export function withRelationKinds(profile: CompanyProfile, kinds: readonly RelationKind[]): CompanyProfile {
  if (profile.relations.every((relation) => kinds.includes(relation.kind))) return profile;
  return { ...profile, relations: profile.relations.filter((relation) => kinds.includes(relation.kind)) };
}
