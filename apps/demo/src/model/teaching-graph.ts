/**
 * The teaching view of the statechart: the case's phases and outcomes with their titles, and one arrow per pair
 * of them labelled in the machine's own words (the transition's description). Derived from the SDK's machine
 * graph by a pure function, so it cannot drift from the machine; nothing here re-decides anything.
 *
 * How the full graph becomes the teaching graph:
 * - a compound state whose children are all simple states (atomic, transient or final) becomes one node; its
 *   non-transient children are listed inside it as the choices it can take (e.g. the custodian's decision);
 * - other compound states (the wrappers) are not drawn: their children are;
 * - targetless and self transitions are left out (they do not move the case between phases);
 * - every transition between the same two nodes is merged into one arrow (e.g. the three `RELEASE_ELIGIBLE`
 *   transitions to "Transferred to DHS", or the late events after a hold deadline); the first one in the
 *   machine's order names the arrow and is the event the arrow sends.
 */
import type { GraphNode, MachineGraph } from '@detainer-kit/sdk';

/** One option listed inside a collapsed compound state (e.g. "Will honor hold"). */
export interface TeachingChoice {
  readonly id: string;
  readonly title: string;
}

/** A phase of the case (the person is still in criminal custody or held) or an outcome (a final state). */
export interface TeachingNode {
  /** The machine state this node draws (a dotted id of the machine graph). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly kind: 'phase' | 'outcome' | 'choice' | 'junction';
  /** True for the node the case starts in. */
  readonly initial: boolean;
  /** The children of a collapsed compound state, in the machine's order (transient ones left out). */
  readonly choices: readonly TeachingChoice[];
}

/** One arrow between two teaching nodes: every machine transition between them. */
export interface TeachingEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The event the arrow sends: the first transition's event (`HOLD_DEADLINE_REACHED` is the hold clock's). */
  readonly event: string;
  /** Every event of the merged transitions, in the machine's order, without repeats. */
  readonly events: readonly string[];
  /** The machine-graph edges this arrow draws. */
  readonly edgeIds: readonly string[];
  /** The machine states the first event leaves from (e.g. only "Will honor hold" starts the hold clock). */
  readonly eventSources: readonly string[];
  /** The label: the first transition's description, shortened to its first clause. */
  readonly label: string;
  /** The first transition's whole description. */
  readonly description: string;
  /** True for a branch out of a choice point or into a junction: drawn without a label (it has the event's). */
  readonly branch: boolean;
}

export interface TeachingGraph {
  readonly nodes: readonly TeachingNode[];
  readonly edges: readonly TeachingEdge[];
}

export interface TeachingOptions {
  /** The words for an event on an arrow to a choice point (default: the event type). */
  readonly eventTitle?: (event: string) => string;
}

/**
 * Characters per line of an edge label. Wide, short labels: the stage is wider than it is tall, and every extra
 * line of a label adds to the height of its layer. The build-time layout and the renderer share it.
 */
export const LABEL_CHARS = 28;

/** Longest label kept whole; longer first sentences are cut at their first colon or semicolon. */
const LONG_LABEL = 44;

/**
 * A transition's description as a short label: its first sentence without the final period, cut at the first
 * colon or semicolon when longer than {@link LONG_LABEL} characters. `'The hold deadline arrives without DHS:
 * released at that instant.'` → `'The hold deadline arrives without DHS'`.
 */
export function plainLabel(description: string): string {
  const text = description.trim().replace(/\s+/g, ' ');
  const sentence = (text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text).replace(/[.!?]$/, '');
  if (sentence.length <= LONG_LABEL) return sentence;
  const cut = sentence.search(/[:;]/);
  return cut > 0 ? sentence.slice(0, cut) : sentence;
}

/** Greedy word wrap to lines of at most `max` characters (a longer single word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The state and its ancestors: 'a.b.c' → ['a.b.c', 'a.b', 'a'] (innermost first). */
function selfAndAncestors(id: string, parentOf: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  for (let at: string | null | undefined = id; at; at = parentOf.get(at)) out.push(at);
  return out;
}

/** Derives the teaching graph from the machine graph (see the module comment for the rules). Pure. */
export function toTeachingGraph(graph: MachineGraph, options: TeachingOptions = {}): TeachingGraph {
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  const childrenOf = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    if (n.parent === null) continue;
    childrenOf.set(n.parent, [...(childrenOf.get(n.parent) ?? []), n]);
  }
  const collapsed = (n: GraphNode) =>
    n.type === 'compound' && (childrenOf.get(n.id) ?? []).every((c) => c.type !== 'compound');
  // The drawn node of every machine state: itself, or its collapsed ancestor; wrappers have none.
  const drawnOf = new Map<string, string>();
  const drawn: GraphNode[] = [];
  for (const n of graph.nodes) {
    const ancestorCollapsed = selfAndAncestors(n.id, parentOf)
      .slice(1)
      .find((a) => {
        const node = graph.nodes.find((m) => m.id === a);
        return node ? collapsed(node) : false;
      });
    if (ancestorCollapsed) drawnOf.set(n.id, ancestorCollapsed);
    else if (n.type !== 'compound' || collapsed(n)) {
      if (n.type === 'transient') continue;
      drawnOf.set(n.id, n.id);
      drawn.push(n);
    }
  }
  // The state the machine starts in: follow the initial children down from the top.
  let start: GraphNode | undefined = graph.nodes.find((n) => n.parent === null && n.initial);
  while (start && (childrenOf.get(start.id)?.length ?? 0) > 0 && !drawnOf.has(start.id)) {
    start = childrenOf.get(start.id)?.find((c) => c.initial);
  }
  const startDrawn = start ? drawnOf.get(start.id) : undefined;
  const nodes: TeachingNode[] = drawn.map((n) => ({
    id: n.id,
    title: n.title,
    description: n.description,
    kind: n.type === 'final' ? 'outcome' : 'phase',
    initial: n.id === startDrawn,
    choices: collapsed(n)
      ? (childrenOf.get(n.id) ?? []).filter((c) => c.type !== 'transient').map((c) => ({ id: c.id, title: c.title }))
      : [],
  }));

  // A transition from a wrapper applies in every drawn state inside it.
  const drawnUnder = (id: string): string[] => {
    const own = drawnOf.get(id);
    if (own) return [own];
    return [...new Set(graph.nodes.filter((n) => n.parent === id).flatMap((c) => drawnUnder(c.id)))];
  };
  const merged = new Map<string, { edge: TeachingEdge; sources: Set<string> }>();
  for (const e of graph.edges) {
    if (e.internal) continue;
    const target = drawnOf.get(e.target) ?? drawnUnder(e.target)[0];
    if (!target) continue;
    for (const source of drawnUnder(e.source)) {
      if (source === target) continue;
      const key = `${source}->${target}`;
      const found = merged.get(key);
      if (!found) {
        merged.set(key, {
          sources: new Set([e.source]),
          edge: {
            id: `t:${key}`,
            source,
            target,
            event: e.event,
            events: [e.event],
            edgeIds: [e.id],
            eventSources: [e.source],
            label: plainLabel(e.description || e.event),
            description: e.description,
            branch: false,
          },
        });
        continue;
      }
      const edge = found.edge;
      if (e.event === edge.event) found.sources.add(e.source);
      merged.set(key, {
        sources: found.sources,
        edge: {
          ...edge,
          events: edge.events.includes(e.event) ? edge.events : [...edge.events, e.event],
          edgeIds: [...edge.edgeIds, e.id],
          eventSources: [...found.sources],
        },
      });
    }
  }
  return withJunctions(
    nodes,
    [...merged.values()].map((m) => m.edge),
    options.eventTitle ?? ((e) => e),
  );
}

/**
 * Arrows that leave one node on the same event for different targets (the machine's guards decide which) are
 * drawn as one labelled arrow to a choice point (UML's diamond) and one unlabelled branch per target. Arrows
 * from different nodes on the same event to the same target (e.g. "DHS lifts detainer" from three phases)
 * meet at a junction (UML's dot) and go on as one labelled arrow. Either way the shared label is the event's
 * name, and each branch keeps its own words for focus and hover.
 */
function withJunctions(
  nodes: TeachingNode[],
  edges: TeachingEdge[],
  eventTitle: (event: string) => string,
): TeachingGraph {
  const groupBy = (list: TeachingEdge[], key: (e: TeachingEdge) => string) => {
    const out = new Map<string, TeachingEdge[]>();
    for (const e of list) out.set(key(e), [...(out.get(key(e)) ?? []), e]);
    return out;
  };
  const fanOut = groupBy(edges, (e) => `${e.source}|${e.event}`);
  const inFanOut = (e: TeachingEdge) => (fanOut.get(`${e.source}|${e.event}`)?.length ?? 0) > 1;
  const fanIn = groupBy(
    edges.filter((e) => !inFanOut(e)),
    (e) => `${e.target}|${e.event}`,
  );
  const inFanIn = (e: TeachingEdge) => !inFanOut(e) && (fanIn.get(`${e.target}|${e.event}`)?.length ?? 0) > 1;
  const out: TeachingEdge[] = [];
  const before = new Map<string, TeachingNode[]>();
  const after = new Map<string, TeachingNode[]>();
  const junction = (id: string, kind: 'choice' | 'junction'): TeachingNode => ({
    id,
    title: '',
    description: '',
    kind,
    initial: false,
    choices: [],
  });
  const trunk = (group: TeachingEdge[], source: string, target: string, first: TeachingEdge): TeachingEdge => ({
    id: `t:${source}->${target}`,
    source,
    target,
    event: first.event,
    events: [first.event],
    edgeIds: group.flatMap((g) => g.edgeIds),
    eventSources: [...new Set(group.flatMap((g) => g.eventSources))],
    label: eventTitle(first.event),
    description: '',
    branch: false,
  });
  const done = new Set<string>();
  for (const e of edges) {
    if (inFanOut(e)) {
      const key = `${e.source}|${e.event}`;
      if (done.has(key)) continue;
      done.add(key);
      const group = fanOut.get(key) ?? [e];
      const id = `choice:${e.source}:${e.event}`;
      after.set(e.source, [...(after.get(e.source) ?? []), junction(id, 'choice')]);
      out.push(trunk(group, e.source, id, e));
      for (const g of group) out.push({ ...g, id: `t:${id}->${g.target}`, source: id, branch: true });
    } else if (inFanIn(e)) {
      const key = `${e.target}|${e.event}`;
      if (done.has(key)) continue;
      done.add(key);
      const group = fanIn.get(key) ?? [e];
      const id = `junction:${e.target}:${e.event}`;
      before.set(e.target, [...(before.get(e.target) ?? []), junction(id, 'junction')]);
      for (const g of group) out.push({ ...g, id: `t:${g.source}->${id}`, target: id, branch: true });
      out.push(trunk(group, id, e.target, e));
    } else out.push(e);
  }
  // Each choice point right after its source, each junction right before its target: the machine's order.
  const ordered = nodes.flatMap((n) => [...(before.get(n.id) ?? []), n, ...(after.get(n.id) ?? [])]);
  return { nodes: ordered, edges: out };
}

/** The teaching node drawn for a machine state (its own, or the one of its nearest drawn ancestor). */
export function teachingNodeOf(graph: TeachingGraph, stateId: string): string | null {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const parts = stateId.split('.');
  for (let i = parts.length; i > 0; i--) {
    const id = parts.slice(0, i).join('.');
    if (ids.has(id)) return id;
  }
  return null;
}
