/**
 * Lays out the teaching view with ELK ('layered', top to bottom, orthogonal edges) from the teaching graph,
 * itself derived from the SDK's machine graph (`toTeachingGraph`). Runs at build time in Node, like the expert
 * layout; the browser only receives the coordinates. Nothing is hand-placed.
 */
import type { MachineGraph } from '@detainer-kit/sdk';
import type {
  TeachingLayout,
  TeachingLayoutEdge,
  TeachingLayoutNode,
  TeachingMetrics,
} from '../src/diagram/teaching-layout-types.ts';
import { LABEL_CHARS, toTeachingGraph, wrapWords } from '../src/model/teaching-graph.ts';
import { type Elk, type ElkNode, edgePoints } from './elk-graph.ts';

/**
 * Sizes the renderer uses (in diagram units; drawn at scale ≥ 12/13 the labels are ≥ 12 px). Text is in the
 * page's sans-serif font; widths are estimated at {@link CHAR_EM} em per character, wider than the average
 * letter, so boxes are never too small.
 */
export const TEACHING_METRICS: TeachingMetrics = {
  titleFont: 14,
  labelFont: 13,
  choiceFont: 13,
  lineHeight: 1.3,
  labelPadX: 7,
  labelPadY: 4,
  nodePadX: 12,
  nodePadY: 9,
};
export const CHAR_EM = 0.6;
/** Characters per line of a node title (edge labels: `LABEL_CHARS`, shared with the renderer). */
export const TITLE_CHARS = 30;
export { LABEL_CHARS };

const textWidth = (lines: readonly string[], font: number) =>
  Math.ceil(Math.max(0, ...lines.map((l) => l.length)) * font * CHAR_EM);

interface Sized {
  width: number;
  height: number;
  titleLines: string[];
  choices: { id: string; title: string; dx: number; dy: number; width: number; height: number }[];
}

/** The size of a choice point (a diamond). */
const JUNCTION: Sized = { width: 18, height: 18, titleLines: [], choices: [] };

/** A node's box: its wrapped title, then its choices as chips, one per row. */
function sizeNode(title: string, choices: readonly { id: string; title: string }[]): Sized {
  const m = TEACHING_METRICS;
  const titleLines = wrapWords(title, choices.length > 0 ? 40 : TITLE_CHARS);
  const titleH = titleLines.length * m.titleFont * m.lineHeight;
  const chipH = Math.ceil(m.choiceFont * m.lineHeight + 8);
  const chipW = (t: string) => textWidth([t], m.choiceFont) + 16;
  // Chips side by side under the title.
  let dx = m.nodePadX;
  const dy = Math.ceil(m.nodePadY + titleH + 6);
  const chips = choices.map((c) => {
    const width = chipW(c.title);
    const chip = { id: c.id, title: c.title, dx, dy, width, height: chipH };
    dx += width + 8;
    return chip;
  });
  const chipsW = chips.length > 0 ? dx - 8 + m.nodePadX : 0;
  const width = Math.max(textWidth(titleLines, m.titleFont) + 2 * m.nodePadX + 10, chipsW, 120);
  const height = Math.ceil(2 * m.nodePadY + titleH + (chips.length > 0 ? chipH + 6 : 0));
  // Centre the chips in the box.
  const shift = (width - chipsW) / 2;
  return { width, height, titleLines, choices: chips.map((c) => ({ ...c, dx: c.dx + shift })) };
}

/** Runs ELK on the teaching graph and returns what the renderer draws. */
export async function layoutTeachingGraph(
  graph: MachineGraph,
  elk: Elk,
  eventTitle?: (event: string) => string,
): Promise<TeachingLayout> {
  const m = TEACHING_METRICS;
  const teaching = toTeachingGraph(graph, eventTitle ? { eventTitle } : {});
  const sized = new Map(
    teaching.nodes.map((n) => [
      n.id,
      n.kind === 'choice' || n.kind === 'junction' ? JUNCTION : sizeNode(n.title, n.choices),
    ]),
  );
  const labelLines = new Map(teaching.edges.map((e) => [e.id, e.branch ? [] : wrapWords(e.label, LABEL_CHARS)]));
  const root: ElkNode = {
    id: '__teaching',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '22',
      'elk.spacing.edgeNode': '14',
      'elk.spacing.edgeEdge': '10',
      'elk.spacing.edgeLabel': '3',
      'elk.spacing.labelNode': '6',
      // Tight between layers: each labelled arrow already has a layer of its own for its label.
      'elk.layered.spacing.nodeNodeBetweenLayers': '8',
      // 4, not 6: with the arrows a mid-hold move adds (back to criminal custody, or to "hold declined"), every
      // pixel between layers counts against the stage's height.
      'elk.layered.spacing.edgeNodeBetweenLayers': '4',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      // Shortens long vertical arrows, pulling the outcomes up: the whole chart fits the stage at 1280×800.
      'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.edgeLabels.inline': 'true',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      // No model order in crossing minimization: the arrows a mid-hold custody move adds (a choice point with a
      // branch back up to "Detainer in effect" and one to "Released: hold declined") made the model-order layout
      // 1,024 px wide at 12 px labels; free ordering keeps every arrow and fits the 920 × 500 stage. The cycle
      // breaking below still follows the machine's order.
      'elk.layered.considerModelOrder.strategy': 'NONE',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.padding': '[top=4,left=4,bottom=4,right=4]',
    },
    children: teaching.nodes.map((n) => ({
      id: n.id,
      width: sized.get(n.id)?.width ?? 120,
      height: sized.get(n.id)?.height ?? 40,
    })),
    edges: teaching.edges.map((e) => {
      const lines = labelLines.get(e.id) ?? [];
      return {
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        labels: e.branch
          ? []
          : [
              {
                id: `${e.id}:label`,
                text: lines.join('\n'),
                width: textWidth(lines, m.labelFont) + 2 * m.labelPadX,
                height: Math.ceil(lines.length * m.labelFont * m.lineHeight + 2 * m.labelPadY),
              },
            ],
      };
    }),
  };
  const result = await elk.layout(root);
  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  const nodes: TeachingLayoutNode[] = teaching.nodes.map((n) => {
    const p = placed.get(n.id);
    const s = sized.get(n.id) as Sized;
    const x = p?.x ?? 0;
    const y = p?.y ?? 0;
    return {
      id: n.id,
      title: n.title,
      description: n.description,
      kind: n.kind,
      initial: n.initial,
      x,
      y,
      width: p?.width ?? s.width,
      height: p?.height ?? s.height,
      titleLines: s.titleLines,
      choices: s.choices.map((c) => ({
        id: c.id,
        title: c.title,
        x: x + c.dx,
        y: y + c.dy,
        width: c.width,
        height: c.height,
      })),
    };
  });
  const routed = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const edges: TeachingLayoutEdge[] = teaching.edges.map((e) => {
    const r = routed.get(e.id);
    const points = edgePoints(r);
    const l = r?.labels?.[0];
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      event: e.event,
      events: e.events,
      edgeIds: e.edgeIds,
      eventSources: e.eventSources,
      description: e.description,
      label: e.label,
      branch: e.branch,
      points,
      labelBox: {
        x: l?.x ?? 0,
        y: l?.y ?? 0,
        width: l?.width ?? 0,
        height: l?.height ?? 0,
        lines: labelLines.get(e.id) ?? [],
      },
    };
  });
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), metrics: m, nodes, edges };
}
