// A company's relationships as a picture: the company in the middle, each counterpart on a circle
// around it (grouped by kind), one edge per relation pointing from the party that acts (investor,
// acquirer, supplier, licensor, plaintiff, hirer, seller) to the other. A radial layout: stable,
// readable at a few dozen counterparts, and no physics to run.
import type { PartyRole, RelationKind } from '../dataset/dataset-schema';
import type { CompanyProfile } from './company-profile';

const ACTING_ROLES = new Set<PartyRole>(['acquirer', 'investor', 'supplier', 'licensor', 'plaintiff', 'hirer', 'seller']);

export interface GraphNode {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface GraphEdge {
  relationId: string;
  kind: RelationKind;
  /** The counterpart this edge joins to the centre. */
  counterpartId: string;
  /** 'out' when the centre company acts on the counterpart, 'in' when it is acted on, 'none' for peers. */
  direction: 'out' | 'in' | 'none';
}

export interface RelationGraph {
  centre: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function relationGraph(profile: CompanyProfile, radius = 150, maxCounterparts = 40): RelationGraph {
  const centreId = profile.company.id;
  const edges: GraphEdge[] = [];
  const kindsOf = new Map<string, RelationKind>();
  for (const relation of profile.relations) {
    const own = relation.parties.find((party) => party.companyId === centreId);
    for (const party of relation.parties) {
      if (party.companyId === centreId) continue;
      const direction = own && ACTING_ROLES.has(own.role) ? 'out' : ACTING_ROLES.has(party.role) ? 'in' : 'none';
      edges.push({ relationId: relation.id, kind: relation.kind, counterpartId: party.companyId, direction });
      if (!kindsOf.has(party.companyId)) kindsOf.set(party.companyId, relation.kind);
    }
  }
  // The counterparts with the most relations first, when there are too many to draw.
  const weight = new Map<string, number>();
  for (const edge of edges) weight.set(edge.counterpartId, (weight.get(edge.counterpartId) ?? 0) + 1);
  const kept = [...weight.keys()]
    .sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b))
    .slice(0, maxCounterparts)
    .sort((a, b) => kindsOf.get(a)!.localeCompare(kindsOf.get(b)!) || a.localeCompare(b));
  const nodes = kept.map((id, index) => {
    const angle = (2 * Math.PI * index) / kept.length - Math.PI / 2;
    return { id, name: profile.names[id] ?? id, x: Math.round(radius * Math.cos(angle) * 10) / 10, y: Math.round(radius * Math.sin(angle) * 10) / 10 };
  });
  const shown = new Set(kept);
  return {
    centre: { id: centreId, name: profile.company.name, x: 0, y: 0 },
    nodes,
    edges: edges.filter((edge) => shown.has(edge.counterpartId)),
  };
}

/** Relations grouped by the year they last changed, newest year first. */
export function byYear<T extends { date: string }>(lines: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const line of [...lines].sort((a, b) => b.date.localeCompare(a.date))) {
    const year = line.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), line]);
  }
  return [...groups.entries()];
}
