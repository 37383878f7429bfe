import {
  type CitationId,
  type DetainerMeta,
  detainerMachine,
  type Language,
  stateText,
  type TransitionTextKey,
  transitionText,
  WELL_FORMED_GUARD,
} from '@detainer-kit/core';

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
  /** A short human title (texts: the core's catalogs, `state.<id>.title`, in the graph's language). */
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
  /**
   * The stable key of the transition's text (its `meta.key`: `transition.<key>.description` and `.explanation` in
   * the core's catalogs), e.g. `'holding.CUSTODY_MOVED.detainer-only-kept'`. Unlike `id`, it does not change when a
   * transition is added; a transition shared by several states (the hold deadline checked first) has one key.
   */
  readonly key: TransitionTextKey;
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
  /** The language of the titles, descriptions and explanations. */
  readonly lang: Language;
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

function toNode(node: MachineNode, lang: Language): GraphNode {
  const parent = node.parent;
  const isInitial = parent ? parent.initial.target.some((t) => t === node) : true;
  const text = stateText(stateNodeId(node), lang);
  return {
    id: stateNodeId(node),
    key: node.key,
    parent: parent && parent.path.length > 0 ? stateNodeId(parent) : null,
    type: nodeType(node),
    title: text.title,
    description: text.description,
    citations: [...((node.meta as DetainerMeta | undefined)?.citations ?? [])],
    explanation: text.explanation,
    initial: isInitial,
  };
}

function toEdges(
  node: MachineNode,
  event: string,
  transitions: readonly MachineTransition[],
  lang: Language,
): GraphEdge[] {
  const source = stateNodeId(node);
  const edges: GraphEdge[] = [];
  transitions.forEach((transition, index) => {
    const targets = transition.target && transition.target.length > 0 ? transition.target : null;
    const meta = transition.meta as DetainerMeta | undefined;
    if (!meta?.key) throw new Error(`getMachineGraph: a transition of "${source}" on ${event} has no text key`);
    const text = transitionText(meta.key, lang);
    const base = {
      source,
      event,
      guard: guardName(transition.guard),
      key: meta.key,
      description: text.description,
      citations: [...meta.citations],
      explanation: text.explanation,
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

function buildGraph(lang: Language): MachineGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const visit = (node: MachineNode): void => {
    if (node.path.length > 0) nodes.push(toNode(node, lang));
    for (const [event, transitions] of node.transitions) edges.push(...toEdges(node, event, transitions, lang));
    if (node.always) edges.push(...toEdges(node, 'always', node.always, lang));
    for (const child of Object.values(node.states) as MachineNode[]) visit(child);
  };
  visit(detainerMachine.root);
  return { id: 'detainerCase', lang, nodes, edges };
}

const cached: Partial<Record<Language, MachineGraph>> = {};

/** Options of {@link getMachineGraph}. */
export interface MachineGraphOptions {
  /** The language of the texts: `en` (default) or `es` (after `await loadLanguage('es')`). */
  readonly lang?: Language;
}

function copyGraph(graph: MachineGraph): MachineGraph {
  return {
    id: graph.id,
    lang: graph.lang,
    nodes: graph.nodes.map((n) => ({ ...n, citations: [...n.citations] })),
    edges: graph.edges.map((e) => ({ ...e, citations: [...e.citations] })),
  };
}

/**
 * The detainer statechart as plain data: every state (dotted ids, parent, type, title, description,
 * citations, explanation) and every transition (with its text key), including the hold clock's `HOLD_DEADLINE_REACHED` and the
 * eventless (`always`) transitions out of `deciding`. Read from `detainerMachine.root`, so it can never drift
 * from the machine. Order is deterministic: states depth-first in document order; each state's transitions
 * in definition order, `always` last. Returns a fresh copy each call. The texts are read by key from the core's
 * catalogs (`stateText`, `transitionText`) in `options.lang`: this is the one function every view of the machine's
 * words goes through (diagram export, timeline, `explain()`, the CLI, the demo).
 * @throws Error for a language not loaded yet (call `await loadLanguage(lang)` first).
 *
 * @example
 * const graph = getMachineGraph();
 * graph.nodes.find((n) => n.id === 'holding')?.title // 'Hold running'
 * getMachineGraph({ lang: 'es' }).nodes.find((n) => n.id === 'holding')?.title // 'Retención en curso' (after loadLanguage('es'))
 * graph.edges.filter((e) => e.event === 'HOLD_DEADLINE_REACHED') // [{ source: 'holding', target: 'releasedHoldExpired', … }]
 */
export function getMachineGraph(options: MachineGraphOptions = {}): MachineGraph {
  const lang = options.lang ?? 'en';
  cached[lang] ??= buildGraph(lang);
  return copyGraph(cached[lang]);
}
