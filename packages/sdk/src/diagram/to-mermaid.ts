import { type Language, textOf } from '@detainer-kit/core';
import { type GraphEdge, type GraphNode, getMachineGraph, type MachineGraph } from './machine-graph.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /** Add a note beside each state with its description. Default `false`. */
  readonly notes?: boolean;
  /** Layout direction. Default `'LR'`. */
  readonly direction?: 'LR' | 'TB';
  /** The language of the titles and notes when no graph is given (`en` by default; a given graph has its own). */
  readonly lang?: Language;
}

/** Text Mermaid reads as syntax (quotes, statement separators, braces, entity codes) replaced by safe look-alikes. */
function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/;/g, ',')
    .replace(/#/g, 'no. ')
    .replace(/[{}]/g, '')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim();
}

/**
 * Mermaid state ids: the states' own keys when they are unique in the graph (readable), otherwise the dotted
 * path with `__` for dots; anything outside `[A-Za-z0-9_]` becomes `_`.
 */
function mermaidIds(nodes: readonly GraphNode[]): Map<string, string> {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
  const keys = nodes.map((n) => clean(n.key));
  const unique = new Set(keys).size === keys.length;
  const ids = new Map<string, string>();
  for (const n of nodes) {
    const id = unique ? clean(n.key) : clean(n.id.replace(/\./g, '__'));
    ids.set(n.id, /^[A-Za-z_]/.test(id) ? id : `s_${id}`);
  }
  return ids;
}

/** The dotted ids of `id` and its ancestors, nearest first (`''` is the root). */
function ancestry(id: string): string[] {
  const parts = id.split('.');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i -= 1) chain.push(parts.slice(0, i).join('.'));
  chain.push('');
  return chain;
}

/** The closest compound state containing both ends of an edge ('' for the root): where Mermaid must draw it. */
function edgeScope(edge: GraphEdge, byId: ReadonlyMap<string, GraphNode>): string {
  const targetChain = new Set(ancestry(edge.target));
  for (const candidate of ancestry(edge.source)) {
    if (!targetChain.has(candidate)) continue;
    if (candidate === '' || byId.get(candidate)?.type === 'compound') {
      // An edge that leaves or enters a compound state is drawn outside it.
      if (candidate !== '' && (candidate === edge.source || candidate === edge.target)) {
        return byId.get(candidate)?.parent ?? '';
      }
      return candidate;
    }
  }
  return '';
}

function edgeLabel(edge: GraphEdge): string {
  return mermaidText(edge.guard ? `${edge.event} [${edge.guard}]` : edge.event);
}

/**
 * The detainer statechart as a Mermaid `stateDiagram-v2`: nested `state X { }` blocks for compound states,
 * `[*] -->` arrows to initial states, `--> [*]` from final states, and edge labels `EVENT [guard]`
 * (`always` for the eventless transitions out of `deciding`). Each edge is written in the closest compound
 * state that contains both of its ends. Deterministic: the same graph gives the same text.
 *
 * @example
 * const text = toMermaid(); // paste into a ```mermaid block
 * toMermaid(undefined, { lang: 'es' }); // titles in Spanish (after loadLanguage('es'))
 * text.split('\n')[0] // 'stateDiagram-v2'
 */
export function toMermaid(given?: MachineGraph, options: MermaidOptions = {}): string {
  const graph = given ?? getMachineGraph({ lang: options.lang ?? 'en' });
  const transient = ` (${textOf('diagram.transient', graph.lang)})`;
  const ids = mermaidIds(graph.nodes);
  const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const mid = (id: string): string => ids.get(id) ?? id.replace(/[^A-Za-z0-9_]/g, '_');
  const edgesByScope = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const scope = edgeScope(edge, byId);
    edgesByScope.set(scope, [...(edgesByScope.get(scope) ?? []), edge]);
  }
  const lines: string[] = ['stateDiagram-v2', `  direction ${options.direction ?? 'LR'}`];

  const writeScope = (scope: string, depth: number): void => {
    const pad = '  '.repeat(depth);
    const children = graph.nodes.filter((n) => (n.parent ?? '') === scope);
    for (const child of children) {
      if (child.type === 'compound') {
        // Mermaid does not accept `state "Title" as id {` for composites (mermaid-js/mermaid#2026): id only.
        lines.push(`${pad}state ${mid(child.id)} {`);
        writeScope(child.id, depth + 1);
        lines.push(`${pad}}`);
      } else {
        const kind = child.type === 'transient' ? transient : '';
        lines.push(`${pad}state "${mermaidText(child.title)}${kind}" as ${mid(child.id)}`);
      }
    }
    for (const child of children) {
      if (child.initial) lines.push(`${pad}[*] --> ${mid(child.id)}`);
    }
    for (const edge of edgesByScope.get(scope) ?? []) {
      lines.push(`${pad}${mid(edge.source)} --> ${mid(edge.target)} : ${edgeLabel(edge)}`);
    }
    for (const child of children) {
      if (child.type === 'final') lines.push(`${pad}${mid(child.id)} --> [*]`);
    }
    if (options.notes) {
      for (const child of children) {
        if (child.description) lines.push(`${pad}note right of ${mid(child.id)} : ${mermaidText(child.description)}`);
      }
    }
  };

  writeScope('', 1);
  return `${lines.join('\n')}\n`;
}
