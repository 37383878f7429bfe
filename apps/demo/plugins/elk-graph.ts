// The part of ELK's JSON graph that the layout plugins use (elkjs ships no types for its bundled build), and reading it.

export interface ElkLabel {
  id?: string;
  text?: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
}

export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  edges?: ElkEdge[];
  layoutOptions?: Record<string, string>;
  labels?: ElkLabel[];
}

export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
  sections?: {
    startPoint: { x: number; y: number };
    endPoint: { x: number; y: number };
    bendPoints?: { x: number; y: number }[];
  }[];
}

/** An ELK instance: `new ELK()` from `elkjs/lib/elk.bundled.js`. */
export interface Elk {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** The route of a laid-out edge as one polyline: each section's start, bend points and end, in order. */
export function edgePoints(edge: ElkEdge | undefined): [number, number][] {
  const points: [number, number][] = [];
  for (const s of edge?.sections ?? []) {
    points.push([s.startPoint.x, s.startPoint.y]);
    for (const b of s.bendPoints ?? []) points.push([b.x, b.y]);
    points.push([s.endPoint.x, s.endPoint.y]);
  }
  return points;
}
