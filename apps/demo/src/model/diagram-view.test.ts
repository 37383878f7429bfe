import { getMachineGraph, runScenario, SCENARIO_LIBRARY } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { currentNode, stateList, statePath, takenEdgeIds } from './diagram-view';

const graph = getMachineGraph();

describe('diagram view', () => {
  it('lists the active path', () => {
    expect(statePath('a.b.c')).toEqual(['a', 'a.b', 'a.b.c']);
    expect(statePath('')).toEqual([]);
  });
  it('lists every state and transition once, marking the current one', () => {
    const list = stateList(graph, 'holding', new Set());
    expect(list).toHaveLength(graph.nodes.length);
    expect(list.reduce((n, i) => n + i.transitions.length, 0)).toBe(graph.edges.length);
    expect(list.filter((i) => i.current).map((i) => i.node.id)).toEqual(['holding']);
  });
  it('finds, for every entry of every library run, the transition the SDK says it took', () => {
    for (const s of SCENARIO_LIBRARY) {
      for (const entry of runScenario(s).case.timeline) {
        expect(
          graph.edges.some((e) => e.id === entry.edge),
          `${s.id}: ${entry.edge}`,
        ).toBe(true);
        const found = takenEdgeIds(graph, entry);
        expect(found.has(entry.edge), `${s.id}: ${entry.event.type} ${entry.from} → ${entry.to}`).toBe(true);
      }
    }
  });
  it('explains the active leaf', () => {
    expect(currentNode(graph, 'holding')?.title).toBeTruthy();
  });
});
