/** Positions computed by ELK at build time (plugins/machine-layout.ts); absolute diagram coordinates. */
export interface LayoutNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Internal transitions (targetless or self) listed inside the state's box. */
  readonly internal: { readonly edgeIds: readonly string[]; readonly lines: readonly string[] };
}

/** One routed edge: every transition between the same two states shares it. */
export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Ids of the machine-graph edges drawn by this line. */
  readonly edgeIds: readonly string[];
  /** The orthogonal polyline, start to end. */
  readonly points: readonly (readonly [number, number])[];
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly string[];
  };
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, LayoutNode>>;
  readonly edges: readonly LayoutEdge[];
}
