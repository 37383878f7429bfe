/**
 * Diagram export: the detainer statechart as plain data ({@link getMachineGraph}), as Mermaid
 * ({@link toMermaid}) and as Graphviz DOT ({@link toDot}), read from the machine itself.
 *
 * @module
 */
export {
  type GraphEdge,
  type GraphNode,
  type GraphNodeType,
  getMachineGraph,
  type MachineGraph,
  type MachineGraphOptions,
  stateNodeId,
} from './machine-graph.js';
export { type DotOptions, toDot } from './to-dot.js';
export { type MermaidOptions, toMermaid } from './to-mermaid.js';
