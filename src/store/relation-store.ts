// Relations are stored in blocks of a few hundred, with one row per company listing where its
// relations are, not one row per relation. IndexedDB's cost is per row and per index entry: a
// reader's 100,000 relations took 20 s as rows with four indexes, and take well under a second as
// 400 blocks and a row per company. A card reads the few blocks that hold its company's relations.
import Dexie from 'dexie';
import type { Relation } from '../core/dataset/dataset-schema';
import type { BackstoryDb } from './db';

export const BLOCK_SIZE = 256;

/** A run of one dataset's relations, in the dataset's order. */
export interface RelationBlock {
  datasetId: string;
  block: number;
  relations: Relation[];
}

/** Where one company's relations are in one dataset: their positions (block × BLOCK_SIZE + slot). */
export interface RelationPosting {
  datasetId: string;
  companyId: string;
  positions: number[];
}

export type DatasetRelation = Relation & { datasetId: string };

/** The rows that store `relations` for a dataset. */
export function relationRows(datasetId: string, relations: readonly Relation[]): { blocks: RelationBlock[]; postings: RelationPosting[] } {
  const blocks: RelationBlock[] = [];
  for (let start = 0; start < relations.length; start += BLOCK_SIZE) {
    blocks.push({ datasetId, block: start / BLOCK_SIZE, relations: relations.slice(start, start + BLOCK_SIZE) });
  }
  const positions = new Map<string, number[]>();
  relations.forEach((relation, position) => {
    for (const companyId of new Set(relation.parties.map((party) => party.companyId))) {
      let list = positions.get(companyId);
      if (!list) positions.set(companyId, (list = []));
      list.push(position);
    }
  });
  return { blocks, postings: Array.from(positions, ([companyId, list]) => ({ datasetId, companyId, positions: list })) };
}

/** Every key of a dataset in a table keyed [datasetId+…]. */
function ofDataset(datasetId: string): [unknown[], unknown[]] {
  return [[datasetId, Dexie.minKey], [datasetId, Dexie.maxKey]];
}

/** Writes a dataset's relations (inside the caller's transaction), `onBlocks` after each batch. */
export async function putRelations(db: BackstoryDb, datasetId: string, relations: readonly Relation[], onBlocks?: (relationsDone: number) => void): Promise<void> {
  const { blocks, postings } = relationRows(datasetId, relations);
  const batch = 16;
  for (let i = 0; i < blocks.length; i += batch) {
    await db.relationBlocks.bulkPut(blocks.slice(i, i + batch));
    onBlocks?.(Math.min(relations.length, (i + batch) * BLOCK_SIZE));
  }
  await db.relationPostings.bulkPut(postings);
}

export async function deleteRelations(db: BackstoryDb, datasetId: string): Promise<void> {
  const [from, to] = ofDataset(datasetId);
  await db.relationBlocks.where('[datasetId+block]').between(from, to, true, true).delete();
  await db.relationPostings.where('[datasetId+companyId]').between(from, to, true, true).delete();
}

/** A dataset's relations, in its order. */
export async function datasetRelations(db: BackstoryDb, datasetId: string): Promise<Relation[]> {
  const [from, to] = ofDataset(datasetId);
  const blocks = await db.relationBlocks.where('[datasetId+block]').between(from, to, true, true).toArray();
  return blocks.flatMap((block) => block.relations);
}

/** The relations of any of the companies in these datasets, each once per dataset. */
export async function relationsWithCompanies(db: BackstoryDb, datasetIds: readonly string[], companyIds: readonly string[]): Promise<DatasetRelation[]> {
  const found: DatasetRelation[] = [];
  for (const datasetId of datasetIds) {
    const postings = await db.relationPostings.bulkGet(companyIds.map((companyId) => [datasetId, companyId]));
    const positions = new Set(postings.flatMap((posting) => posting?.positions ?? []));
    if (positions.size === 0) continue;
    const blockNumbers = [...new Set([...positions].map((position) => Math.floor(position / BLOCK_SIZE)))].sort((a, b) => a - b);
    const blocks = await db.relationBlocks.bulkGet(blockNumbers.map((block) => [datasetId, block]));
    const byNumber = new Map(blocks.filter((block): block is RelationBlock => block !== undefined).map((block) => [block.block, block]));
    for (const position of [...positions].sort((a, b) => a - b)) {
      const relation = byNumber.get(Math.floor(position / BLOCK_SIZE))?.relations[position % BLOCK_SIZE];
      if (relation) found.push({ ...relation, datasetId });
    }
  }
  return found;
}

/**
 * Relations per company id across every stored dataset, from the postings alone: how well known a
 * company is, for ranking search results.
 */
export async function relationCountsByCompany(db: BackstoryDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.relationPostings.each((posting) => {
    counts.set(posting.companyId, (counts.get(posting.companyId) ?? 0) + posting.positions.length);
  });
  return counts;
}

/** The ids of every stored relation outside one dataset (read in full: only when a check needs them). */
export async function relationIdsOutside(db: BackstoryDb, datasetId: string | undefined): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.relationBlocks.each((block) => {
    if (block.datasetId === datasetId) return;
    for (const relation of block.relations) ids.add(relation.id);
  });
  return ids;
}
