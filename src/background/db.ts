// The extension's IndexedDB, owned by the background. Content scripts cannot open it (IndexedDB is
// per origin), so they ask the background through messages.
import Dexie, { type Table } from 'dexie';
import type { Company, Relation } from '../core/dataset-schema';

/** A relation as stored: with the ids of its parties, indexed for "relations of X". */
export type StoredRelation = Relation & { partyIds: string[] };

export interface MetaRecord {
  key: 'dataset';
  version: string;
  importedAt: number;
}

export class BackstoryDb extends Dexie {
  companies!: Table<Company, string>;
  relations!: Table<StoredRelation, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({
      companies: 'id',
      relations: 'id, *partyIds',
      meta: 'key',
    });
  }
}
