import { describe, expect, it } from 'vitest';
import { getMachineGraph } from './machine-graph.js';
import { toDot } from './to-dot.js';

describe('toDot', () => {
  const graph = getMachineGraph();
  const text = toDot();

  it('produces a digraph with balanced braces', () => {
    expect(text.startsWith('digraph "detainerCase" {\n')).toBe(true);
    expect(text.split('{').length).toBe(text.split('}').length);
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('has one cluster per compound state and a node per other state', () => {
    const clusters = [...text.matchAll(/subgraph "(cluster_[^"]+)"/g)].map((m) => m[1]);
    expect(clusters).toEqual(graph.nodes.filter((n) => n.type === 'compound').map((n) => `cluster_${n.id}`));
    for (const node of graph.nodes.filter((n) => n.type !== 'compound')) {
      expect(text).toContain(`"${node.id}" [label=`);
    }
  });

  it('writes every edge with its label, attaching compound ends to their cluster', () => {
    const edgeLines = text.split('\n').filter((l) => l.includes('tooltip=') && l.includes(' -> '));
    expect(edgeLines).toHaveLength(graph.edges.length);
    expect(text).toContain('"holding" -> "releasedHoldExpired" [label="HOLD_DEADLINE_REACHED"');
    expect(text).toMatch(
      /"holding" -> "inCriminalCustody\.detainerInEffect#initial" \[label="CUSTODY_MOVED \[criminalCustodyMove\]", [^\n]*lhead="cluster_inCriminalCustody\.detainerInEffect"/,
    );
  });

  it('escapes quotes in labels', () => {
    const node = graph.nodes[0];
    if (!node) throw new Error('empty graph');
    const out = toDot({ ...graph, nodes: [{ ...node, type: 'atomic', title: 'Say "hi"' }], edges: [] });
    expect(out).toContain('label="Say \\"hi\\""');
  });
});
