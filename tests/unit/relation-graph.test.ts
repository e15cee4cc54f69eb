import { describe, expect, it } from 'vitest';
import { withRelationKinds } from '../../src/core/display/company-profile';
import { byYear, relationGraph } from '../../src/core/display/relation-graph';
import { profileOf } from './fixture-dataset';

describe('relationGraph', () => {
  it('puts each counterpart once on a circle around the company', () => {
    const graph = relationGraph(profileOf('scale-ai'), 100);
    expect(graph.centre).toEqual({ id: 'scale-ai', name: 'Scale AI', x: 0, y: 0 });
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['google', 'meta', 'nestle', 'openai']);
    for (const node of graph.nodes) expect(Math.hypot(node.x, node.y)).toBeCloseTo(100, 0);
    expect(new Set(graph.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(4);
  });

  it('points edges from the party that acts', () => {
    const edges = relationGraph(profileOf('scale-ai')).edges;
    const direction = (id: string) => edges.find((edge) => edge.relationId === id)?.direction;
    expect(direction('meta-scale-ai')).toBe('in'); // Meta invested in Scale AI
    expect(direction('openai-scale-ai')).toBe('out'); // Scale AI supplies OpenAI
    expect(relationGraph(profileOf('meta')).edges[0]?.direction).toBe('out');
  });

  it('draws at most the given number of counterparts, those with the most relations', () => {
    const graph = relationGraph(profileOf('scale-ai'), 100, 2);
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges.every((edge) => graph.nodes.some((node) => node.id === edge.counterpartId))).toBe(true);
  });

  it('is empty for a company without relations', () => {
    expect(relationGraph(profileOf('alphabet'))).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('byYear', () => {
  it('groups by year, newest first', () => {
    const lines = [{ date: '2024-03' }, { date: '2025-06-12' }, { date: '2025' }, { date: '2023-01-02' }];
    expect(byYear(lines)).toEqual([
      ['2025', [{ date: '2025-06-12' }, { date: '2025' }]],
      ['2024', [{ date: '2024-03' }]],
      ['2023', [{ date: '2023-01-02' }]],
    ]);
  });
});

describe('withRelationKinds', () => {
  it('keeps only the chosen kinds, and the same profile when all are chosen', () => {
    const profile = profileOf('scale-ai');
    expect(withRelationKinds(profile, ['investment', 'vendor', 'partnership'])).toBe(profile);
    expect(withRelationKinds(profile, ['vendor']).relations.map((r) => r.id)).toEqual(['google-scale-ai', 'openai-scale-ai']);
    expect(profile.relations).toHaveLength(4);
  });
});
