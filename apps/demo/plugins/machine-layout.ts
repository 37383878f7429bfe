/**
 * Lays out the statechart drawn by the demo with ELK ('layered', hierarchical edges), from the graph the SDK
 * reads off the machine (`getMachineGraph()`). Runs at build time in Node (see `machine-layout-plugin.ts`); the
 * browser only receives the coordinates. Nothing is hand-placed.
 */
import type { MachineGraph } from '@detainer-kit/sdk';
import type { DiagramLayout, LayoutEdge, LayoutNode } from '../src/diagram/layout-types.ts';
import { type Elk, type ElkNode, edgePoints } from './elk-graph.ts';

/** The fixed metrics the renderer uses (monospace, so text width is known without a canvas). */
export const DIAGRAM_METRICS = {
  titleFont: 13,
  titleCharWidth: 7.4,
  labelFont: 11,
  labelCharWidth: 6.7,
  lineHeight: 14,
  nodePadX: 14,
  nodeHeight: 38,
  compoundHeader: 30,
  labelPadX: 6,
  labelPadY: 3,
} as const;

/** Guard names as a reader would say them: `transfersAtRelease` → `transfers at release`. */
export function humanizeGuard(guard: string): string {
  return guard.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The label line of one transition: `RELEASE_ELIGIBLE [transfers at release]`. */
export function edgeLabelLine(event: string, guard: string | null): string {
  const name = event === 'always' ? '(immediately)' : event;
  return guard ? `${name} [${humanizeGuard(guard)}]` : name;
}

function textWidth(lines: readonly string[], charWidth: number): number {
  return Math.max(0, ...lines.map((l) => l.length)) * charWidth;
}

/**
 * The label lines of the transitions between one pair of states: unguarded events first, then each guard
 * (UML `[guard]`) followed by the events it applies to.
 */
export function labelLines(edges: readonly { event: string; guard: string | null }[]): string[] {
  const lines: string[] = [];
  const byGuard = new Map<string, string[]>();
  for (const e of edges) {
    const name = e.event === 'always' ? '(immediately)' : e.event;
    if (e.guard === null) {
      if (!lines.includes(name)) lines.push(name);
    } else {
      const list = byGuard.get(e.guard) ?? [];
      if (!list.includes(name)) list.push(name);
      byGuard.set(e.guard, list);
    }
  }
  for (const [guard, events] of byGuard) {
    if (events.length === 1) lines.push(events[0] ?? '', `[${humanizeGuard(guard)}]`);
    else lines.push(`[${humanizeGuard(guard)}]:`, ...events.map((e) => `· ${e}`));
  }
  return lines;
}

/** Groups parallel transitions (same source and target) so each pair of states gets one routed edge. */
export function groupEdges(
  graph: MachineGraph,
): { id: string; source: string; target: string; edgeIds: string[]; lines: string[] }[] {
  const groups = new Map<
    string,
    { id: string; source: string; target: string; edgeIds: string[]; edges: { event: string; guard: string | null }[] }
  >();
  for (const edge of graph.edges) {
    if (edge.internal || edge.source === edge.target) continue;
    const key = `${edge.source}->${edge.target}`;
    let group = groups.get(key);
    if (!group) {
      group = { id: `g:${key}`, source: edge.source, target: edge.target, edgeIds: [], edges: [] };
      groups.set(key, group);
    }
    group.edgeIds.push(edge.id);
    group.edges.push({ event: edge.event, guard: edge.guard });
  }
  return [...groups.values()].map(({ edges, ...g }) => ({ ...g, lines: labelLines(edges) }));
}

/** Internal transitions (targetless or self) listed inside their state's box, like UML internal activities. */
export function internalLines(graph: MachineGraph): Map<string, { edgeIds: string[]; lines: string[] }> {
  const byNode = new Map<string, { edgeIds: string[]; lines: string[] }>();
  for (const edge of graph.edges) {
    if (!(edge.internal || edge.source === edge.target)) continue;
    const entry = byNode.get(edge.source) ?? { edgeIds: [], lines: [] };
    entry.edgeIds.push(edge.id);
    const line = `${edgeLabelLine(edge.event, edge.guard)}${edge.source === edge.target && !edge.internal ? ' ↻' : ''}`;
    if (!entry.lines.includes(line)) entry.lines.push(line);
    byNode.set(edge.source, entry);
  }
  return byNode;
}

/**
 * Builds the ELK input graph: compound states as ELK parents with room for their title and internal
 * transitions, edges at the root with `INCLUDE_CHILDREN` so ELK routes them across hierarchy levels.
 */
export function toElkGraph(graph: MachineGraph): ElkNode {
  const m = DIAGRAM_METRICS;
  const internals = internalLines(graph);
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeNode': '18',
      'elk.spacing.edgeEdge': '12',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.labelNode': '6',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.layered.spacing.edgeNodeBetweenLayers': '18',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.edgeLabels.inline': 'true',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.mergeEdges': 'false',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: [],
    edges: [],
  };
  for (const node of graph.nodes) {
    const isCompound = graph.nodes.some((n) => n.parent === node.id);
    const inner = internals.get(node.id)?.lines ?? [];
    const titleWidth = node.title.length * m.titleCharWidth + 2 * m.nodePadX + (node.type === 'final' ? 12 : 0);
    const innerWidth = textWidth(inner, m.labelCharWidth) + 2 * m.nodePadX;
    const elkNode: ElkNode = isCompound
      ? {
          id: node.id,
          children: [],
          layoutOptions: {
            'elk.padding': `[top=${m.compoundHeader + inner.length * m.lineHeight + 8},left=14,bottom=14,right=14]`,
            'elk.nodeSize.minimum': `(${Math.ceil(Math.max(titleWidth, innerWidth))}, 60)`,
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          },
        }
      : {
          id: node.id,
          width: Math.ceil(Math.max(titleWidth, innerWidth, 96)),
          height: m.nodeHeight + (inner.length > 0 ? inner.length * m.lineHeight + 6 : 0),
        };
    elkNodes.set(node.id, elkNode);
  }
  for (const node of graph.nodes) {
    const elkNode = elkNodes.get(node.id);
    if (!elkNode) continue;
    const parent = node.parent === null || node.parent === '' ? root : elkNodes.get(node.parent);
    (parent?.children ?? root.children)?.push(elkNode);
  }
  for (const group of groupEdges(graph)) {
    root.edges?.push({
      id: group.id,
      sources: [group.source],
      targets: [group.target],
      labels: [
        {
          id: `${group.id}:label`,
          text: group.lines.join('\n'),
          width: Math.ceil(textWidth(group.lines, m.labelCharWidth) + 2 * m.labelPadX),
          height: group.lines.length * m.lineHeight + 2 * m.labelPadY,
        },
      ],
    });
  }
  return root;
}

function collect(node: ElkNode, out: ElkNode[]): void {
  for (const child of node.children ?? []) {
    out.push(child);
    collect(child, out);
  }
}

/** Runs ELK and returns the positions the renderer needs (all coordinates absolute, in diagram units). */
export async function layoutMachineGraph(graph: MachineGraph, elk: Elk): Promise<DiagramLayout> {
  const result = await elk.layout(toElkGraph(graph));
  const internals = internalLines(graph);
  const groups = groupEdges(graph);
  const all: ElkNode[] = [];
  collect(result, all);
  const nodes: Record<string, LayoutNode> = {};
  for (const n of all) {
    nodes[n.id] = {
      id: n.id,
      x: n.x ?? 0,
      y: n.y ?? 0,
      width: n.width ?? 0,
      height: n.height ?? 0,
      internal: internals.get(n.id) ?? { edgeIds: [], lines: [] },
    };
  }
  const edges: LayoutEdge[] = [];
  const elkEdges = new Map((result.edges ?? []).map((e) => [e.id, e]));
  for (const group of groups) {
    const e = elkEdges.get(group.id);
    const points = edgePoints(e);
    const label = e?.labels?.[0];
    edges.push({
      id: group.id,
      source: group.source,
      target: group.target,
      edgeIds: group.edgeIds,
      points,
      label: {
        x: label?.x ?? 0,
        y: label?.y ?? 0,
        width: label?.width ?? 0,
        height: label?.height ?? 0,
        lines: group.lines,
      },
    });
  }
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes, edges };
}
