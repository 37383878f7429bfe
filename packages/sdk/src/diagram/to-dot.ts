import type { Language } from '@detainer-kit/core';
import { type GraphNode, getMachineGraph, type MachineGraph } from './machine-graph.js';

/** Options of {@link toDot}. */
export interface DotOptions {
  /** Layout direction. Default `'LR'`. */
  readonly rankdir?: 'LR' | 'TB';
  /** The language of the labels and tooltips when no graph is given (`en` by default; a given graph has its own). */
  readonly lang?: Language;
}

/** A DOT double-quoted string. */
function q(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** The anchor node of a compound state (its initial dot), which edges to or from the compound attach to. */
const anchorOf = (id: string): string => `${id}#initial`;
const clusterOf = (id: string): string => `cluster_${id}`;
const ROOT_START = '#initial';

const SHAPES: Record<Exclude<GraphNode['type'], 'compound'>, string> = {
  atomic: 'shape=box, style=rounded',
  transient: 'shape=diamond',
  final: 'shape=box, style=rounded, peripheries=2',
};

/**
 * The detainer statechart in Graphviz DOT: a `digraph` with one `subgraph "cluster_<id>"` per compound state,
 * a small dot marking each initial state, double borders on final states and a diamond for the transient
 * `deciding`. Edges to or from a compound state attach to its cluster (`compound=true`, `lhead`/`ltail`).
 * Labels are `EVENT [guard]`; a tooltip carries each description. Deterministic.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('detainer.dot', toDot()); // then: dot -Tsvg detainer.dot > detainer.svg
 */
export function toDot(given?: MachineGraph, options: DotOptions = {}): string {
  const graph = given ?? getMachineGraph({ lang: options.lang ?? 'en' });
  const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const isCompound = (id: string) => byId.get(id)?.type === 'compound';
  const lines: string[] = [
    `digraph ${q(graph.id)} {`,
    `  graph [compound=true, rankdir=${options.rankdir ?? 'LR'}, fontname="Helvetica"];`,
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];

  const writeScope = (scope: string, depth: number): void => {
    const pad = '  '.repeat(depth);
    const start = scope === '' ? ROOT_START : anchorOf(scope);
    lines.push(`${pad}${q(start)} [shape=point, width=0.12, label=""];`);
    const children = graph.nodes.filter((n) => (n.parent ?? '') === scope);
    for (const child of children) {
      if (child.type === 'compound') {
        lines.push(`${pad}subgraph ${q(clusterOf(child.id))} {`);
        lines.push(`${pad}  label=${q(child.title)}; style=rounded; tooltip=${q(child.description)};`);
        writeScope(child.id, depth + 1);
        lines.push(`${pad}}`);
      } else {
        lines.push(
          `${pad}${q(child.id)} [label=${q(child.title)}, ${SHAPES[child.type]}, tooltip=${q(child.description)}];`,
        );
      }
    }
    for (const child of children) {
      if (!child.initial) continue;
      const head = isCompound(child.id) ? `, lhead=${q(clusterOf(child.id))}` : '';
      lines.push(
        `${pad}${q(start)} -> ${q(isCompound(child.id) ? anchorOf(child.id) : child.id)} [arrowsize=0.6${head}];`,
      );
    }
  };
  writeScope('', 1);

  for (const edge of graph.edges) {
    const attrs = [
      `label=${q(edge.guard ? `${edge.event} [${edge.guard}]` : edge.event)}`,
      `tooltip=${q(edge.description)}`,
    ];
    if (edge.internal) attrs.push('style=dashed');
    if (edge.event === 'always') attrs.push('style=dotted');
    const loop = edge.source === edge.target;
    if (!loop && isCompound(edge.source)) attrs.push(`ltail=${q(clusterOf(edge.source))}`);
    if (!loop && isCompound(edge.target)) attrs.push(`lhead=${q(clusterOf(edge.target))}`);
    const from = isCompound(edge.source) ? anchorOf(edge.source) : edge.source;
    const to = isCompound(edge.target) ? anchorOf(edge.target) : edge.target;
    lines.push(`  ${q(from)} -> ${q(to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
