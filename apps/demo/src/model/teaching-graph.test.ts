import { getMachineGraph, type MachineGraph } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { plainLabel, teachingNodeOf, toTeachingGraph, wrapWords } from './teaching-graph';

const graph = getMachineGraph();
const teaching = toTeachingGraph(graph, { eventTitle: (e) => `title of ${e}` });
const drawn = teaching.nodes.filter((n) => n.kind === 'phase' || n.kind === 'outcome');

describe('toTeachingGraph', () => {
  it('draws every final state as an outcome and no wrapper or transient state', () => {
    const finals = graph.nodes.filter((n) => n.type === 'final').map((n) => n.id);
    expect(drawn.filter((n) => n.kind === 'outcome').map((n) => n.id)).toEqual(finals);
    for (const n of drawn) {
      const g = graph.nodes.find((x) => x.id === n.id);
      expect(g?.type, n.id).not.toBe('transient');
      expect(n.title).toBe(g?.title);
    }
    // The wrapper around the criminal-custody phases is not a box of its own.
    expect(drawn.some((n) => n.id === 'inCriminalCustody')).toBe(false);
  });

  it('collapses a compound state of simple states into one node listing its choices', () => {
    const effect = drawn.find((n) => n.choices.length > 0);
    const children = graph.nodes.filter((n) => n.parent === effect?.id && n.type !== 'transient');
    expect(effect).toBeDefined();
    expect(effect?.choices.map((c) => c.title)).toEqual(children.map((c) => c.title));
    expect(children.length).toBeGreaterThan(1);
  });

  it('marks the node the case starts in', () => {
    expect(teaching.nodes.filter((n) => n.initial).map((n) => n.title)).toEqual(['No detainer']);
  });

  it('draws every transition that moves the case between two drawn nodes, once', () => {
    const ofState = (id: string) => teachingNodeOf(teaching, id);
    // Arrows to a choice point and out of a junction repeat their branches' edges: count each branch once.
    const edgeIds = teaching.edges.flatMap((e) =>
      e.target.startsWith('choice:') || e.source.startsWith('junction:') ? [] : e.edgeIds,
    );
    for (const e of graph.edges) {
      const from = ofState(e.source);
      const to = ofState(e.target);
      const moves = !e.internal && from !== null && to !== null && from !== to;
      expect(edgeIds.includes(e.id), e.id).toBe(moves);
    }
    // No machine edge is drawn by two different direct or branch arrows.
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('merges parallel transitions: one arrow per pair of nodes and no two labels for one event and target', () => {
    const pairs = teaching.edges.map((e) => `${e.source}->${e.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const labelled = teaching.edges.filter((e) => !e.branch);
    const key = (e: (typeof labelled)[number]) => {
      // Through a junction the arrow's real target is the junction's target.
      const next = teaching.edges.find((x) => x.source === e.target && !e.target.startsWith('choice:'));
      return `${e.source}|${e.event}|${e.target.startsWith('junction:') ? next?.target : e.target}`;
    };
    expect(new Set(labelled.map(key)).size).toBe(labelled.length);
    // The machine has seven RELEASE_ELIGIBLE transitions out of the decided states; they are one arrow here.
    const fromEffect = teaching.edges.filter(
      (e) => e.source === 'inCriminalCustody.detainerInEffect' && e.event === 'RELEASE_ELIGIBLE',
    );
    expect(fromEffect).toHaveLength(1);
    expect(fromEffect[0]?.label).toBe('title of RELEASE_ELIGIBLE');
    expect(fromEffect[0]?.edgeIds).toHaveLength(
      graph.edges.filter(
        (e) =>
          e.source.startsWith('inCriminalCustody.detainerInEffect.') &&
          // A transfer before release eligibility (Florida, Iowa) shares the branch to "Transferred to DHS".
          (e.event === 'RELEASE_ELIGIBLE' || e.event === 'TRANSFERRED_BEFORE_RELEASE'),
      ).length,
    );
  });

  it('labels arrows with the machine’s own words, not event codes', () => {
    for (const e of teaching.edges) {
      if (e.branch || e.label.startsWith('title of ')) continue;
      const words = graph.edges.find((g) => g.id === e.edgeIds[0])?.description ?? '';
      expect(words.startsWith(e.label), e.id).toBe(true);
      expect(e.label).not.toMatch(/^[A-Z_]+$/);
    }
    const deadline = teaching.edges.find((e) => e.event === 'HOLD_DEADLINE_REACHED');
    expect(deadline?.label).toBe('The hold deadline arrives without DHS');
    // Events after the deadline end the same way: merged into the deadline's arrow.
    expect(deadline?.events.length).toBeGreaterThan(1);
  });

  it('knows which states an arrow’s event leaves from', () => {
    const toHold = teaching.edges.find((e) => e.target === 'holding');
    expect(toHold?.eventSources).toEqual(['inCriminalCustody.detainerInEffect.honoringHold']);
  });

  it('is pure: the same graph gives the same result and is not changed', () => {
    const copy: MachineGraph = JSON.parse(JSON.stringify(graph));
    expect(toTeachingGraph(graph)).toEqual(toTeachingGraph(copy));
    expect(graph).toEqual(copy);
  });

  it('follows the machine: a new outcome state shows up as an outcome', () => {
    const extended: MachineGraph = {
      ...graph,
      nodes: [
        ...graph.nodes,
        {
          ...(graph.nodes.find((n) => n.type === 'final') as MachineGraph['nodes'][number]),
          id: 'x',
          key: 'x',
          title: 'X',
        },
      ],
      edges: [
        ...graph.edges,
        {
          ...(graph.edges[0] as MachineGraph['edges'][number]),
          id: 'holding:X:0',
          source: 'holding',
          target: 'x',
          event: 'X',
          internal: false,
          description: 'Something new.',
        },
      ],
    };
    const t = toTeachingGraph(extended);
    expect(t.nodes.find((n) => n.id === 'x')?.kind).toBe('outcome');
    expect(t.edges.find((e) => e.target === 'x')?.label).toBe('Something new');
  });
});

describe('plainLabel and wrapWords', () => {
  it('keeps the first sentence, cut at a colon or semicolon when long', () => {
    expect(plainLabel('DHS lifts or cancels the detainer.')).toBe('DHS lifts or cancels the detainer');
    expect(plainLabel('Eligible for release: the hold clock starts.')).toBe(
      'Eligible for release: the hold clock starts',
    );
    expect(plainLabel('An I-247A is lodged; it takes effect once served on the person.')).toBe('An I-247A is lodged');
    expect(plainLabel('One. Two.')).toBe('One');
  });
  it('wraps at word boundaries', () => {
    expect(wrapWords('The hold deadline arrives without DHS', 15)).toEqual([
      'The hold',
      'deadline',
      'arrives without',
      'DHS',
    ]);
    expect(wrapWords('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
    for (const line of wrapWords('The I-247A is served on the person and takes effect', 15))
      expect(line.length).toBeLessThanOrEqual(15);
  });
});
