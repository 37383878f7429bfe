import { detainerMachine, isCitationId } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { getMachineGraph, stateNodeId } from './machine-graph.js';

/** Every state node of the machine (root excluded), read independently of getMachineGraph's walk. */
function machineStateIds(): string[] {
  const ids: string[] = [];
  const visit = (node: typeof detainerMachine.root): void => {
    if (node.path.length > 0) ids.push(node.path.join('.'));
    for (const child of Object.values(node.states)) visit(child as typeof detainerMachine.root);
  };
  visit(detainerMachine.root);
  return ids;
}

describe('getMachineGraph', () => {
  const graph = getMachineGraph();
  const nodeIds = new Set(graph.nodes.map((n) => n.id));

  it('lists every state node of the machine exactly once', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(machineStateIds().sort());
    expect(ids).not.toContain('');
  });

  it('gives each node a consistent key, parent and dotted id without the machine id', () => {
    for (const node of graph.nodes) {
      expect(node.id.startsWith('detainerCase')).toBe(false);
      expect(node.id.split('.').at(-1)).toBe(node.key);
      if (node.parent === null) expect(node.id).toBe(node.key);
      else {
        expect(nodeIds.has(node.parent)).toBe(true);
        expect(node.id).toBe(`${node.parent}.${node.key}`);
      }
    }
  });

  it('types states as compound, atomic, final or transient', () => {
    const typeOf = (id: string) => graph.nodes.find((n) => n.id === id)?.type;
    expect(typeOf('inCriminalCustody')).toBe('compound');
    expect(typeOf('inCriminalCustody.detainerInEffect')).toBe('compound');
    expect(typeOf('inCriminalCustody.detainerInEffect.deciding')).toBe('transient');
    expect(typeOf('holding')).toBe('atomic');
    expect(typeOf('releasedHoldExpired')).toBe('final');
    expect(
      graph.nodes
        .filter((n) => n.type === 'final')
        .map((n) => n.key)
        .sort(),
    ).toEqual([
      'releasedDetainerLifted',
      'releasedHoldDeclined',
      'releasedHoldExpired',
      'releasedNoHoldRequested',
      'transferredToDhs',
    ]);
  });

  it('marks exactly one initial state per level', () => {
    const initials = graph.nodes.filter((n) => n.initial).map((n) => n.id);
    expect(initials).toEqual([
      'inCriminalCustody',
      'inCriminalCustody.noDetainer',
      'inCriminalCustody.detainerInEffect.deciding',
    ]);
  });

  it('connects every edge to states that exist', () => {
    expect(graph.edges.length).toBeGreaterThan(20);
    for (const edge of graph.edges) {
      expect(nodeIds.has(edge.source), edge.id).toBe(true);
      expect(nodeIds.has(edge.target), edge.id).toBe(true);
    }
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('gives every node and edge a description, an explanation and registered citations', () => {
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.description.length, item.id).toBeGreaterThan(0);
      expect(item.explanation.length, item.id).toBeGreaterThan(0);
      expect(item.citations.length, item.id).toBeGreaterThan(0);
      for (const id of item.citations) expect(isCitationId(id), `${item.id}: ${id}`).toBe(true);
    }
    for (const node of graph.nodes) expect(node.title.length).toBeGreaterThan(0);
  });

  it('includes the hold clock edge and the always edges out of deciding', () => {
    const deadline = graph.edges.filter((e) => e.event === 'HOLD_DEADLINE_REACHED');
    expect(deadline.map((e) => [e.source, e.target])).toEqual([['holding', 'releasedHoldExpired']]);
    const always = graph.edges.filter((e) => e.event === 'always');
    expect(always.map((e) => [e.source, e.target.split('.').at(-1), e.guard])).toEqual([
      ['inCriminalCustody.detainerInEffect.deciding', 'honoringHold', 'honorsHold'],
      ['inCriminalCustody.detainerInEffect.deciding', 'notifyingOnly', 'notifiesOnly'],
      ['inCriminalCustody.detainerInEffect.deciding', 'declining', null],
    ]);
  });

  it('draws targetless transitions as internal self-edges and re-entering ones as external', () => {
    const find = (source: string, event: string) => graph.edges.filter((e) => e.source === source && e.event === event);
    const scheduled = find('inCriminalCustody', 'RELEASE_SCHEDULED');
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({ target: 'inCriminalCustody', internal: true });
    const access = find('holding', 'ACCESS_REQUESTED');
    expect(access.map((e) => [e.target, e.internal, e.guard])).toEqual([
      ['releasedHoldExpired', false, 'holdDeadlinePassed'],
      ['holding', true, null],
    ]);
    const moved = find('inCriminalCustody.detainerInEffect', 'CUSTODY_MOVED');
    expect(moved[0]).toMatchObject({ target: 'inCriminalCustody.detainerInEffect', internal: false });
    for (const edge of graph.edges.filter((e) => e.internal)) expect(edge.target).toBe(edge.source);
  });

  it('is deterministic and returns a copy the caller may change', () => {
    const a = getMachineGraph();
    a.nodes.pop();
    a.edges[0]?.citations.push('usc-18-3142-d');
    const b = getMachineGraph();
    expect(b).toEqual(graph);
    expect(JSON.stringify(getMachineGraph())).toBe(JSON.stringify(graph));
  });

  it('names state nodes by their path without the machine id', () => {
    expect(stateNodeId(detainerMachine.root)).toBe('');
    expect(stateNodeId({ path: ['inCriminalCustody', 'noDetainer'] })).toBe('inCriminalCustody.noDetainer');
  });
});
