import { type GraphEdge, type GraphNode, getMachineGraph, type MachineGraph } from '@detainer-kit/sdk';
import type { DemoLang } from '../i18n/lang';

const graphs = new Map<DemoLang, MachineGraph>();

/**
 * The machine graph with its titles, descriptions and explanations in `lang`: the SDK's `getMachineGraph({ lang })`,
 * which reads them by key from the core's catalogs, kept once per language. Spanish is loaded before the page
 * switches to it (`i18n/store.ts`).
 */
export function machineGraphIn(lang: DemoLang): MachineGraph {
  let graph = graphs.get(lang);
  if (!graph) {
    graph = getMachineGraph({ lang });
    graphs.set(lang, graph);
  }
  return graph;
}

/** A state of the machine with its texts in `lang` (the node itself when it is not in the graph). */
export function nodeIn(node: GraphNode, lang: DemoLang): GraphNode {
  return machineGraphIn(lang).nodes.find((n) => n.id === node.id) ?? node;
}

/** A transition of the machine, by its id in the graph, with its texts in `lang`. */
export function edgeIn(edgeId: string, lang: DemoLang): GraphEdge | undefined {
  return machineGraphIn(lang).edges.find((e) => e.id === edgeId);
}
