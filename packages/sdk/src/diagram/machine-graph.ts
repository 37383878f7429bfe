import { type CitationId, type DetainerMeta, detainerMachine, WELL_FORMED_GUARD } from '@detainer-kit/core';

/** The kind of a state in the graph. `transient`: left at once by `always` transitions (e.g. `deciding`). */
export type GraphNodeType = 'compound' | 'atomic' | 'final' | 'transient';

/** One state of the detainer machine, with its teaching metadata. */
export interface GraphNode {
  /** Dotted path without the machine id, e.g. `'inCriminalCustody.detainerInEffect.honoringHold'`. */
  readonly id: string;
  /** The state's own key, e.g. `'honoringHold'`. */
  readonly key: string;
  /** The parent's id, or `null` for a top-level state. */
  readonly parent: string | null;
  readonly type: GraphNodeType;
  /** A short human title. */
  readonly title: string;
  readonly description: string;
  readonly citations: CitationId[];
  /** One paragraph in plain, neutral language. */
  readonly explanation: string;
  /** True when this is its parent's initial state (or the machine's). */
  readonly initial: boolean;
}

/** One transition of the detainer machine, with its teaching metadata. */
export interface GraphEdge {
  /** Stable id: `source:event:index`, the index counting the transitions for that event from that state. */
  readonly id: string;
  readonly source: string;
  /** The target state; equal to `source` for a targetless transition. */
  readonly target: string;
  /** The event type, e.g. `'RELEASE_ELIGIBLE'`; `'always'` for an eventless transition; `'HOLD_DEADLINE_REACHED'` for the hold clock. */
  readonly event: string;
  /** The guard's name, or `null` when the transition is unguarded (or is the fallback after guarded ones). */
  readonly guard: string | null;
  readonly description: string;
  readonly citations: CitationId[];
  readonly explanation: string;
  /**
   * True for a targetless transition: the case stays in the same state and no state is exited or entered
   * (e.g. `ACCESS_REQUESTED`). A self-transition that re-enters its state (`CUSTODY_MOVED` on
   * `detainerInEffect`, which takes the decision again) has `source === target` and `internal: false`.
   */
  readonly internal: boolean;
}

/** The detainer machine as plain data, for drawing and teaching. */
export interface MachineGraph {
  readonly id: 'detainerCase';
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

type MachineNode = typeof detainerMachine.root;
type MachineTransition = NonNullable<MachineNode['always']>[number];

/** The dotted id of a state node (its path without the machine id); `''` for the root. */
export function stateNodeId(node: { readonly path: readonly string[] }): string {
  return node.path.join('.');
}

function guardName(guard: unknown): string | null {
  // The machine's check that a raw event is well formed is no rule of the model: such a transition is drawn unguarded.
  if (guard === undefined || guard === null || guard === WELL_FORMED_GUARD) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name || 'guard';
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  return 'guard';
}

function nodeType(node: MachineNode): GraphNodeType {
  switch (node.type) {
    case 'compound':
      return 'compound';
    case 'final':
      return 'final';
    case 'atomic':
      return (node.always?.length ?? 0) > 0 && node.transitions.size === 0 ? 'transient' : 'atomic';
    default:
      // The detainer machine has no parallel or history states; drawing one needs a new node type.
      throw new Error(`getMachineGraph: state "${stateNodeId(node)}" has unsupported type "${node.type}"`);
  }
}

function metaOf(meta: DetainerMeta | undefined): { citations: CitationId[]; explanation: string } {
  return { citations: [...(meta?.citations ?? [])], explanation: meta?.explanation ?? '' };
}

function toNode(node: MachineNode): GraphNode {
  const parent = node.parent;
  const isInitial = parent ? parent.initial.target.some((t) => t === node) : true;
  const { citations, explanation } = metaOf(node.meta);
  return {
    id: stateNodeId(node),
    key: node.key,
    parent: parent && parent.path.length > 0 ? stateNodeId(parent) : null,
    type: nodeType(node),
    title: node.meta?.title ?? node.key,
    description: node.description ?? '',
    citations,
    explanation,
    initial: isInitial,
  };
}

function toEdges(node: MachineNode, event: string, transitions: readonly MachineTransition[]): GraphEdge[] {
  const source = stateNodeId(node);
  const edges: GraphEdge[] = [];
  transitions.forEach((transition, index) => {
    const targets = transition.target && transition.target.length > 0 ? transition.target : null;
    const { citations, explanation } = metaOf(transition.meta);
    const base = {
      source,
      event,
      guard: guardName(transition.guard),
      description: transition.description ?? '',
      citations,
      explanation,
    };
    if (targets === null) {
      edges.push({ id: `${source}:${event}:${index}`, ...base, target: source, internal: true });
      return;
    }
    targets.forEach((target, t) => {
      const suffix = targets.length > 1 ? `.${t}` : '';
      edges.push({ id: `${source}:${event}:${index}${suffix}`, ...base, target: stateNodeId(target), internal: false });
    });
  });
  return edges;
}

function buildGraph(): MachineGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const visit = (node: MachineNode): void => {
    if (node.path.length > 0) nodes.push(toNode(node));
    for (const [event, transitions] of node.transitions) edges.push(...toEdges(node, event, transitions));
    if (node.always) edges.push(...toEdges(node, 'always', node.always));
    for (const child of Object.values(node.states) as MachineNode[]) visit(child);
  };
  visit(detainerMachine.root);
  return { id: 'detainerCase', nodes, edges };
}

let cached: MachineGraph | undefined;

function copyGraph(graph: MachineGraph): MachineGraph {
  return {
    id: graph.id,
    nodes: graph.nodes.map((n) => ({ ...n, citations: [...n.citations] })),
    edges: graph.edges.map((e) => ({ ...e, citations: [...e.citations] })),
  };
}

/**
 * The detainer statechart as plain data: every state (dotted ids, parent, type, title, description,
 * citations, explanation) and every transition, including the hold clock's `HOLD_DEADLINE_REACHED` and the
 * eventless (`always`) transitions out of `deciding`. Read from `detainerMachine.root`, so it can never drift
 * from the machine. Order is deterministic: states depth-first in document order; each state's transitions
 * in definition order, `always` last. Returns a fresh copy each call.
 *
 * @example
 * const graph = getMachineGraph();
 * graph.nodes.find((n) => n.id === 'holding')?.title // 'Hold running'
 * graph.edges.filter((e) => e.event === 'HOLD_DEADLINE_REACHED') // [{ source: 'holding', target: 'releasedHoldExpired', … }]
 */
export function getMachineGraph(): MachineGraph {
  cached ??= buildGraph();
  return copyGraph(cached);
}
