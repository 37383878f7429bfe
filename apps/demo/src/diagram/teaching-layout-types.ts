import type { TeachingEdge } from '../model/teaching-graph';

/** Positions of the teaching view, computed by ELK at build time (plugins/teaching-layout.ts); diagram units. */
export interface TeachingLayoutChoice {
  readonly id: string;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TeachingLayoutNode {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly kind: 'phase' | 'outcome' | 'choice' | 'junction';
  readonly initial: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The title, wrapped. */
  readonly titleLines: readonly string[];
  readonly choices: readonly TeachingLayoutChoice[];
}

/** A teaching arrow ({@link TeachingEdge}) with its route and label box. */
export interface TeachingLayoutEdge extends Omit<TeachingEdge, 'label'> {
  /** The condition of a branch out of a choice point (shown on focus), else the arrow's own label. */
  readonly label: string;
  /** The orthogonal polyline, start to end. */
  readonly points: readonly (readonly [number, number])[];
  /** Where the label is drawn (empty lines and zero size for a branch). */
  readonly labelBox: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly string[];
  };
}

/** Font sizes and spacing the renderer must use (the layout sized every box for them). */
export interface TeachingMetrics {
  readonly titleFont: number;
  readonly labelFont: number;
  readonly choiceFont: number;
  readonly lineHeight: number;
  readonly labelPadX: number;
  readonly labelPadY: number;
  readonly nodePadX: number;
  readonly nodePadY: number;
}

export interface TeachingLayout {
  readonly width: number;
  readonly height: number;
  readonly metrics: TeachingMetrics;
  readonly nodes: readonly TeachingLayoutNode[];
  readonly edges: readonly TeachingLayoutEdge[];
}
