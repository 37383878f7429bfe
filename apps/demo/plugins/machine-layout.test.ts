import { getMachineGraph } from '@detainer-kit/sdk';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { labelLines, layoutMachineGraph } from './machine-layout';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

describe('machine layout (ELK, build time)', async () => {
  const graph = getMachineGraph();
  const layout = await layoutMachineGraph(graph, new ELK());

  it('places every state of the machine, children inside their parents', () => {
    for (const node of graph.nodes) {
      const box = layout.nodes[node.id];
      expect(box, node.id).toBeDefined();
      if (!box) continue;
      expect(box.width).toBeGreaterThan(0);
      if (node.parent) {
        const parent = layout.nodes[node.parent];
        expect(parent && inside(box, parent), `${node.id} in ${node.parent}`).toBe(true);
      }
    }
  });
  it('draws every transition, as a routed edge or inside its state', () => {
    const drawn = new Set([
      ...layout.edges.flatMap((e) => e.edgeIds),
      ...Object.values(layout.nodes).flatMap((n) => n.internal.edgeIds),
    ]);
    for (const edge of graph.edges) expect(drawn.has(edge.id), edge.id).toBe(true);
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });
  it('keeps label boxes apart from each other and from states they do not belong in', () => {
    const labels = layout.edges.map((e) => e.label);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i] as Box, labels[j] as Box), `labels ${i} and ${j}`).toBe(false);
    }
    for (const e of layout.edges) {
      for (const node of graph.nodes) {
        const box = layout.nodes[node.id];
        if (!box || node.type === 'compound') continue;
        expect(overlaps(e.label, box), `${e.id} label over ${node.id}`).toBe(false);
      }
    }
  });
  it('writes guards in UML brackets', () => {
    expect(labelLines([{ event: 'RELEASE_ELIGIBLE', guard: 'transfersAtRelease' }])).toEqual([
      'RELEASE_ELIGIBLE',
      '[transfers at release]',
    ]);
    expect(labelLines([{ event: 'always', guard: null }])).toEqual(['(immediately)']);
  });
});
