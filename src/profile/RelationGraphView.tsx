// The picture of a company's relationships: an SVG drawn from core/relation-graph.ts. Each
// counterpart is a button (it opens that company's profile); edges are coloured by kind, with an
// arrow from the party that acts.
import type { CompanyProfile } from '../core/display/company-profile';
import type { RelationKind } from '../core/dataset/dataset-schema';
import { relationGraph } from '../core/display/relation-graph';

export const KIND_COLOURS: Record<RelationKind, string> = {
  acquisition: '#b4442c', merger: '#b4442c', divestiture: '#9a6a00', investment: '#2f7d32', partnership: '#1f6fb2',
  'joint-venture': '#1f6fb2', vendor: '#7b3fb2', licensing: '#00838f', 'talent-deal': '#ad1457', litigation: '#5d4037', rivalry: '#6b7280',
};

const SIZE = 420;
const RADIUS = 160;

export function RelationGraphView({ profile, onOpen }: { profile: CompanyProfile; onOpen: (id: string) => void }) {
  const graph = relationGraph(profile, RADIUS);
  const at = new Map(graph.nodes.map((node) => [node.id, node]));
  const kinds = [...new Set(graph.edges.map((edge) => edge.kind))].sort();
  return (
    <figure class="graph">
      <svg viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`} role="img" aria-label={`${profile.company.name} and ${graph.nodes.length} companies it has relations with`}>
        <defs>
          {kinds.map((kind) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" fill={KIND_COLOURS[kind]} />
            </marker>
          ))}
        </defs>
        {graph.edges.map((edge, index) => {
          const node = at.get(edge.counterpartId)!;
          // Shortened at both ends so arrows stop at the labels' dots.
          const length = Math.hypot(node.x, node.y) || 1;
          const [ux, uy] = [node.x / length, node.y / length];
          const bend = (index % 3) - 1; // parallel relations with one company fan out a little
          return (
            <path
              key={`${edge.relationId}-${edge.counterpartId}`}
              d={`M${ux * 16} ${uy * 16} Q${node.x / 2 - uy * bend * 14} ${node.y / 2 + ux * bend * 14} ${node.x - ux * 8} ${node.y - uy * 8}`}
              fill="none"
              stroke={KIND_COLOURS[edge.kind]}
              stroke-width="1.5"
              marker-end={edge.direction === 'out' ? `url(#arrow-${edge.kind})` : undefined}
              marker-start={edge.direction === 'in' ? `url(#arrow-${edge.kind})` : undefined}
            />
          );
        })}
        <circle r="14" class="graph-centre" />
        {graph.nodes.map((node) => (
          <g key={node.id} class="graph-node" transform={`translate(${node.x} ${node.y})`}>
            <circle r="5" />
            <text x={node.x >= 0 ? 8 : -8} y="4" text-anchor={node.x >= 0 ? 'start' : 'end'}>{node.name}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="graph-legend" aria-label="Kinds of relation">
          {kinds.map((kind) => (
            <li key={kind}><span class="swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />{kind.replace('-', ' ')}</li>
          ))}
        </ul>
        <p class="graph-companies">
          {graph.nodes.map((node, index) => (
            <span key={node.id}>
              {index > 0 && ' · '}
              <button type="button" class="bs-link-button" onClick={() => onOpen(node.id)}>{node.name}</button>
            </span>
          ))}
        </p>
      </figcaption>
    </figure>
  );
}
