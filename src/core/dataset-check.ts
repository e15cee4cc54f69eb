// Validates a dataset: shape (schema), then the links between records that a schema cannot see.
import { z } from 'zod/mini';
import { DatasetSchema, type Dataset } from './dataset-schema';

export interface DatasetProblem {
  /** Where: "companies[3].aliases[0].text" or "relation openai-scale-ai". */
  where: string;
  message: string;
}

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export function checkDataset(input: unknown): DatasetCheck {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
        where: issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('') || '(top level)',
        message: issue.message,
      })),
    };
  }
  const problems = linkProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function linkProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const companyIds = new Set<string>();
  for (const company of dataset.companies) {
    if (companyIds.has(company.id)) problems.push({ where: `company ${company.id}`, message: 'id is used twice' });
    companyIds.add(company.id);
  }
  const aliasOwner = new Map<string, string>();
  for (const company of dataset.companies) {
    if (company.parentId !== undefined && !companyIds.has(company.parentId)) {
      problems.push({ where: `company ${company.id}`, message: `parentId "${company.parentId}" is not a company` });
    }
    // Former names are matched like aliases, so they may not collide with another company's names.
    const names = [...company.aliases.map((alias) => alias.text), ...(company.formerNames ?? []).map((former) => former.name)];
    for (const name of names) {
      const key = name.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== company.id) {
        problems.push({ where: `company ${company.id}`, message: `name "${name}" is also claimed by ${owner}` });
      }
      aliasOwner.set(key, company.id);
    }
  }
  const relationIds = new Set(dataset.relations.map((relation) => relation.id));
  if (relationIds.size !== dataset.relations.length) {
    const seen = new Set<string>();
    for (const relation of dataset.relations) {
      if (seen.has(relation.id)) problems.push({ where: `relation ${relation.id}`, message: 'id is used twice' });
      seen.add(relation.id);
    }
  }
  for (const relation of dataset.relations) {
    for (const party of relation.parties) {
      if (!companyIds.has(party.companyId)) {
        problems.push({ where: `relation ${relation.id}`, message: `party "${party.companyId}" is not a company` });
      }
    }
    for (const change of relation.changes ?? []) {
      if (change.causeId !== undefined && !relationIds.has(change.causeId)) {
        problems.push({ where: `relation ${relation.id}`, message: `change cause "${change.causeId}" is not a relation` });
      }
    }
  }
  return problems;
}
