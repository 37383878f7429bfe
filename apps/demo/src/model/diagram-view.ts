/**
 * What the diagram shows: which states are active, which transitions were just taken, and a text
 * equivalent of the whole chart. Everything is read from the SDK's machine graph; nothing is re-decided here.
 */
import type { GraphEdge, GraphNode, MachineGraph } from '@detainer-kit/sdk';

/** 'a.b.c' → ['a', 'a.b', 'a.b.c']: the state and its ancestors, outermost first. */
export function statePath(stateId: string): string[] {
  if (!stateId) return [];
  const parts = stateId.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** The minimal view of a timeline entry the diagram needs. */
export interface TakenStep {
  readonly event: { readonly type: string };
  readonly from: string;
  readonly to: string;
}

/**
 * The graph edges a timeline entry went through: the event's own transition (source on the old path,
 * target on the new one, or an internal transition of an active state) and any eventless ('always')
 * transitions taken on entry to the new state.
 */
export function takenEdgeIds(graph: MachineGraph, step: TakenStep | null | undefined): Set<string> {
  const ids = new Set<string>();
  if (!step) return ids;
  const fromPath = new Set(statePath(step.from));
  const toPath = new Set(statePath(step.to));
  const type = step.event.type;
  for (const edge of graph.edges) {
    if (edge.event === type && fromPath.has(edge.source)) {
      const internal = edge.internal || edge.source === edge.target;
      if (internal ? step.from === step.to || toPath.has(edge.source) : toPath.has(edge.target)) ids.add(edge.id);
    }
  }
  // Eventless transitions entered on the way to the new state (e.g. deciding → honoringHold).
  for (const edge of graph.edges) {
    if (
      edge.event === 'always' &&
      toPath.has(edge.target) &&
      toPath.has(parentOf(edge.source) ?? '') &&
      !toPath.has(edge.source)
    ) {
      if (step.from !== step.to) ids.add(edge.id);
    }
  }
  // Among guarded alternatives between the same states, keep them all: the graph cannot tell which guard held.
  return ids;
}

function parentOf(id: string): string | null {
  const i = id.lastIndexOf('.');
  return i < 0 ? null : id.slice(0, i);
}

/** One state of the text equivalent, with its outgoing transitions. */
export interface StateListItem {
  readonly node: GraphNode;
  readonly depth: number;
  readonly active: boolean;
  readonly current: boolean;
  readonly transitions: readonly {
    readonly edge: GraphEdge;
    readonly targetTitle: string | null;
    readonly justTaken: boolean;
  }[];
}

/** The chart as a nested list (document order), current state marked: the diagram's text equivalent. */
export function stateList(graph: MachineGraph, activeStateId: string, taken: ReadonlySet<string>): StateListItem[] {
  const active = new Set(statePath(activeStateId));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const items: StateListItem[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of graph.nodes) {
      if (node.parent !== parent) continue;
      items.push({
        node,
        depth,
        active: active.has(node.id),
        current: node.id === activeStateId,
        transitions: graph.edges
          .filter((e) => e.source === node.id)
          .map((edge) => ({
            edge,
            targetTitle: edge.internal ? null : (byId.get(edge.target)?.title ?? edge.target),
            justTaken: taken.has(edge.id),
          })),
      });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return items;
}

/** The node to explain: the active leaf, or its nearest ancestor the graph knows. */
export function currentNode(graph: MachineGraph, activeStateId: string): GraphNode | null {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const path = statePath(activeStateId);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = byId.get(path[i] ?? '');
    if (node) return node;
  }
  return null;
}
