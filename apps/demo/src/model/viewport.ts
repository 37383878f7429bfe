/** Zoom and pan of the diagram: a pure 2-D transform (screen = diagram * k + (x, y)). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export const MIN_ZOOM = 0.3;
export const MAX_ZOOM = 3;

const clampK = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** Fits a `width`×`height` diagram into a `viewW`×`viewH` box with `pad` pixels around, centered. */
export function fitViewport(width: number, height: number, viewW: number, viewH: number, pad = 16): Viewport {
  if (width <= 0 || height <= 0 || viewW <= 0 || viewH <= 0) return { x: 0, y: 0, k: 1 };
  const k = clampK(Math.min((viewW - 2 * pad) / width, (viewH - 2 * pad) / height, 1.25));
  return { k, x: (viewW - width * k) / 2, y: (viewH - height * k) / 2 };
}

/** Zooms by `factor` keeping the screen point (`px`, `py`) fixed. */
export function zoomAt(view: Viewport, factor: number, px: number, py: number): Viewport {
  const k = clampK(view.k * factor);
  const f = k / view.k;
  return { k, x: px - (px - view.x) * f, y: py - (py - view.y) * f };
}

/** Moves the view by a screen offset. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The zoom factor of one wheel event (deltaY in pixels); smooth and symmetric. */
export function wheelFactor(deltaY: number): number {
  return Math.exp(-Math.max(-100, Math.min(100, deltaY)) * 0.0015);
}

/** Centers the diagram rectangle (x, y, w, h) in the view, keeping the zoom. */
export function centerOn(
  view: Viewport,
  rect: { x: number; y: number; width: number; height: number },
  viewW: number,
  viewH: number,
): Viewport {
  return {
    k: view.k,
    x: viewW / 2 - (rect.x + rect.width / 2) * view.k,
    y: viewH / 2 - (rect.y + rect.height / 2) * view.k,
  };
}

/** A rectangle in diagram coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest rectangle holding all of `rects` (null for none). */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The camera that shows `focus` (the current state and the transition just taken) at up to `maxZoom`, kept
 * inside the diagram so no empty margin shows when the diagram is larger than the view.
 */
export function focusViewport(
  focus: Rect,
  diagram: { width: number; height: number },
  viewW: number,
  viewH: number,
  maxZoom: number,
  pad = 28,
): Viewport {
  const k = clampK(
    Math.min(maxZoom, (viewW - 2 * pad) / Math.max(1, focus.width), (viewH - 2 * pad) / Math.max(1, focus.height)),
  );
  const cx = focus.x + focus.width / 2;
  const cy = focus.y + focus.height / 2;
  return clampToDiagram({ k, x: viewW / 2 - cx * k, y: viewH / 2 - cy * k }, diagram, viewW, viewH);
}

/** Keeps the diagram covering the view on each axis where it is larger than the view; centers it otherwise. */
export function clampToDiagram(
  v: Viewport,
  diagram: { width: number; height: number },
  viewW: number,
  viewH: number,
  margin = 12,
): Viewport {
  const w = diagram.width * v.k;
  const h = diagram.height * v.k;
  const x = w + 2 * margin <= viewW ? (viewW - w) / 2 : Math.min(margin, Math.max(viewW - w - margin, v.x));
  const y = h + 2 * margin <= viewH ? (viewH - h) / 2 : Math.min(margin, Math.max(viewH - h - margin, v.y));
  return { k: v.k, x, y };
}
