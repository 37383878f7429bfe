import { getMachineGraph, type MachineGraph } from '@detainer-kit/sdk';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { DiagramLayout, LayoutEdge } from '../src/diagram/layout-types';
import type { TeachingLayoutEdge } from '../src/diagram/teaching-layout-types';
import { EVENT_LABELS } from '../src/model/event-forms';
import { labelLines, layoutMachineGraph } from './machine-layout';
import { CHAR_EM, layoutTeachingGraph } from './teaching-layout';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

type Segment = { edge: string; x1: number; y1: number; x2: number; y2: number };
const segmentsOf = (e: LayoutEdge): Segment[] =>
  e.points.slice(1).flatMap((p, i) => {
    const q = e.points[i];
    if (!q || (q[0] === p[0] && q[1] === p[1])) return [];
    return [{ edge: e.id, x1: q[0], y1: q[1], x2: p[0], y2: p[1] }];
  });
const horizontal = (s: Segment) => Math.abs(s.y1 - s.y2) <= 1;
const vertical = (s: Segment) => Math.abs(s.x1 - s.x2) <= 1;
/** How far two ranges [a1, a2] and [b1, b2] (either order) overlap; negative if they are apart. */
const rangeOverlap = (a1: number, a2: number, b1: number, b2: number) =>
  Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));

/** Pairs of different edges that run on top of each other: collinear segments (±1 px) sharing more than 2 px. */
function collinearOverlaps(layout: DiagramLayout): string[] {
  const segments = layout.edges.flatMap(segmentsOf);
  const found: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i] as Segment;
      const b = segments[j] as Segment;
      if (a.edge === b.edge) continue;
      const shared =
        horizontal(a) && horizontal(b) && Math.abs(a.y1 - b.y1) <= 1
          ? rangeOverlap(a.x1, a.x2, b.x1, b.x2)
          : vertical(a) && vertical(b) && Math.abs(a.x1 - b.x1) <= 1
            ? rangeOverlap(a.y1, a.y2, b.y1, b.y2)
            : 0;
      if (shared > 2) found.push(`${a.edge} and ${b.edge} share ${shared.toFixed(1)} px`);
    }
  }
  return found;
}

/**
 * Edge segments that cross the inside of a state box that is neither the edge's source or target nor a
 * compound state containing one of them (edges leave and enter through the borders: a 1 px inset).
 */
function edgesThroughStates(layout: DiagramLayout, graph: MachineGraph): string[] {
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  const withAncestors = (id: string) => {
    const out = new Set<string>();
    for (let at: string | null | undefined = id; at; at = parentOf.get(at)) out.add(at);
    return out;
  };
  const found: string[] = [];
  for (const e of layout.edges) {
    const allowed = new Set([...withAncestors(e.source), ...withAncestors(e.target)]);
    for (const s of segmentsOf(e)) {
      for (const box of Object.values(layout.nodes)) {
        if (allowed.has(box.id)) continue;
        // Inside the box, 1 px in from its border on the axis the segment runs along as well as across it.
        const alongX = rangeOverlap(s.x1, s.x2, box.x + 1, box.x + box.width - 1) > 0;
        const alongY = rangeOverlap(s.y1, s.y2, box.y + 1, box.y + box.height - 1) > 0;
        const hits = horizontal(s)
          ? alongX && s.y1 > box.y + 1 && s.y1 < box.y + box.height - 1
          : vertical(s)
            ? alongY && s.x1 > box.x + 1 && s.x1 < box.x + box.width - 1
            : alongX && alongY;
        if (hits) found.push(`${e.id} passes through ${box.id}`);
      }
    }
  }
  return found;
}

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
  it('routes edges orthogonally, never on top of each other, and never through an unrelated state', () => {
    for (const e of layout.edges) {
      for (const s of segmentsOf(e)) expect(horizontal(s) || vertical(s), `${e.id} is orthogonal`).toBe(true);
    }
    expect(collinearOverlaps(layout)).toEqual([]);
    expect(edgesThroughStates(layout, graph)).toEqual([]);
  });
  it('the edge checks catch a broken layout', () => {
    const [first, second] = layout.edges;
    if (!first || !second) throw new Error('need two edges');
    // Another edge drawn along the first edge's line, and an edge cut straight through an unrelated state.
    const stranger = graph.nodes.find(
      (n) => n.type !== 'compound' && ![first.source, first.target].includes(n.id) && layout.nodes[n.id],
    );
    const box = stranger ? layout.nodes[stranger.id] : undefined;
    if (!box) throw new Error('need a state');
    const broken: DiagramLayout = {
      ...layout,
      edges: [
        first,
        { ...second, points: first.points },
        {
          ...first,
          id: 'cut',
          points: [
            [box.x - 20, box.y + box.height / 2],
            [box.x + box.width + 20, box.y + box.height / 2],
          ],
        },
      ],
    };
    expect(collinearOverlaps(broken).length).toBeGreaterThan(0);
    expect(edgesThroughStates(broken, graph)).toContain(`cut passes through ${stranger?.id}`);
  });
  it('writes guards in UML brackets', () => {
    expect(labelLines([{ event: 'RELEASE_ELIGIBLE', guard: 'transfersAtRelease' }])).toEqual([
      'RELEASE_ELIGIBLE',
      '[transfers at release]',
    ]);
    expect(labelLines([{ event: 'always', guard: null }])).toEqual(['(immediately)']);
  });
});

describe('teaching layout (ELK, build time)', async () => {
  const graph = getMachineGraph();
  const eventName = (event: string) => EVENT_LABELS[event as keyof typeof EVENT_LABELS] ?? event;
  const layout = await layoutTeachingGraph(graph, new ELK(), eventName);
  const m = layout.metrics;
  const boxes = layout.nodes.filter((n) => n.kind === 'phase' || n.kind === 'outcome');
  const labels = layout.edges.filter((e) => e.labelBox.lines.length > 0);
  const teachingSegments = (e: TeachingLayoutEdge): Segment[] =>
    segmentsOf({ id: e.id, points: e.points } as unknown as LayoutEdge);

  it('sizes every label for its text at the renderer’s font and keeps it at ≥ 12 px at the minimum scale', () => {
    expect(Math.min(m.labelFont, m.choiceFont, m.titleFont)).toBeGreaterThanOrEqual(12);
    for (const e of labels) {
      const longest = Math.max(...e.labelBox.lines.map((l) => l.length));
      expect(e.labelBox.width, e.id).toBeGreaterThanOrEqual(longest * m.labelFont * CHAR_EM);
      expect(e.labelBox.height, e.id).toBeGreaterThanOrEqual(e.labelBox.lines.length * m.labelFont * m.lineHeight);
    }
  });
  it('fits the stage at 1280×800 (about 920 × 500 px) with labels at 12 px or more', () => {
    // The stage is the page's widest column; the chart must fit under the step controls without scrolling
    // (e2e/layout.e2e.mjs checks it in the browser).
    expect(layout.width * (12 / m.labelFont)).toBeLessThanOrEqual(920);
    expect(layout.height * (12 / m.labelFont)).toBeLessThanOrEqual(500);
  });
  it('keeps labels apart from each other and from every box', () => {
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]?.labelBox as Box;
        const b = labels[j]?.labelBox as Box;
        expect(overlaps(a, b), `${labels[i]?.id} and ${labels[j]?.id}`).toBe(false);
      }
      for (const n of layout.nodes)
        expect(overlaps(labels[i]?.labelBox as Box, n), `${labels[i]?.id} over ${n.id}`).toBe(false);
    }
  });
  it('keeps boxes apart and inside the drawing', () => {
    const all: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (let i = 0; i < layout.nodes.length; i++) {
      const a = layout.nodes[i] as Box;
      expect(inside(a, all)).toBe(true);
      for (let j = i + 1; j < layout.nodes.length; j++) expect(overlaps(a, layout.nodes[j] as Box)).toBe(false);
    }
    for (const e of labels) expect(inside(e.labelBox, all), e.id).toBe(true);
  });
  it('routes edges orthogonally and never through a box they do not start or end at', () => {
    const found: string[] = [];
    for (const e of layout.edges) {
      for (const s of teachingSegments(e)) {
        expect(horizontal(s) || vertical(s), `${e.id} is orthogonal`).toBe(true);
        for (const box of boxes) {
          if (box.id === e.source || box.id === e.target) continue;
          const alongX = rangeOverlap(s.x1, s.x2, box.x + 1, box.x + box.width - 1) > 0;
          const alongY = rangeOverlap(s.y1, s.y2, box.y + 1, box.y + box.height - 1) > 0;
          const hits = horizontal(s)
            ? alongX && s.y1 > box.y + 1 && s.y1 < box.y + box.height - 1
            : alongY && s.x1 > box.x + 1 && s.x1 < box.x + box.width - 1;
          if (hits) found.push(`${e.id} passes through ${box.id}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
  it('draws the choices of a collapsed state inside its box, apart from each other', () => {
    const withChoices = boxes.filter((n) => n.choices.length > 0);
    expect(withChoices.length).toBeGreaterThan(0);
    for (const n of withChoices) {
      for (const c of n.choices) expect(inside(c, n), `${c.id} in ${n.id}`).toBe(true);
      for (let i = 1; i < n.choices.length; i++)
        expect(overlaps(n.choices[i - 1] as Box, n.choices[i] as Box)).toBe(false);
    }
  });
  it('labels no arrow with an event code; arrows to a choice point carry the event’s button name', () => {
    for (const e of labels) expect(e.labelBox.lines.join(' '), e.id).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    const toChoice = labels.filter((e) => e.target.startsWith('choice:'));
    expect(toChoice.length).toBeGreaterThan(0);
    for (const e of toChoice) expect(e.labelBox.lines.join(' ')).toBe(eventName(e.event));
  });
});
