import { describe, expect, it } from 'vitest';
import {
  centerOn,
  fitViewport,
  focusViewport,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  unionRect,
  wheelFactor,
  zoomAt,
} from './viewport';

describe('viewport', () => {
  it('fits and centers a diagram', () => {
    const v = fitViewport(1000, 500, 800, 400, 0);
    expect(v.k).toBeCloseTo(0.8);
    expect(v.x).toBeCloseTo(0);
    expect(v.y).toBeCloseTo(0);
  });
  it('keeps the point under the cursor fixed while zooming', () => {
    const v = { x: 10, y: 20, k: 1 };
    const z = zoomAt(v, 2, 110, 120);
    // diagram point under (110,120) before: (100,100); after: same screen point.
    expect(100 * z.k + z.x).toBeCloseTo(110);
    expect(100 * z.k + z.y).toBeCloseTo(120);
  });
  it('clamps the zoom', () => {
    expect(zoomAt({ x: 0, y: 0, k: 1 }, 100, 0, 0).k).toBe(MAX_ZOOM);
    expect(zoomAt({ x: 0, y: 0, k: 1 }, 0.001, 0, 0).k).toBe(MIN_ZOOM);
  });
  it('pans, centers, and zooms in on wheel up', () => {
    expect(panBy({ x: 1, y: 2, k: 1 }, 3, 4)).toEqual({ x: 4, y: 6, k: 1 });
    const c = centerOn({ x: 0, y: 0, k: 2 }, { x: 10, y: 10, width: 20, height: 20 }, 100, 100);
    expect(c).toEqual({ x: 10, y: 10, k: 2 });
    expect(wheelFactor(-100)).toBeGreaterThan(1);
    expect(wheelFactor(100)).toBeLessThan(1);
  });
});

describe('focusViewport', () => {
  it('shows the focus at most at the follow zoom, without empty margins', () => {
    const diagram = { width: 2000, height: 1200 };
    const v = focusViewport({ x: 1900, y: 1100, width: 80, height: 40 }, diagram, 600, 400, 0.9);
    expect(v.k).toBeCloseTo(0.9);
    // The bottom-right corner of the diagram sits at the bottom-right of the view (12 px margin), not beyond.
    expect(2000 * v.k + v.x).toBeCloseTo(600 - 12);
    expect(1200 * v.k + v.y).toBeCloseTo(400 - 12);
  });
  it('zooms out to fit a large focus', () => {
    const v = focusViewport({ x: 0, y: 0, width: 1200, height: 200 }, { width: 2000, height: 1200 }, 600, 400, 0.9);
    expect(v.k).toBeLessThan(0.5);
  });
  it('unions rectangles', () => {
    expect(
      unionRect([
        { x: 0, y: 0, width: 1, height: 1 },
        { x: 5, y: 5, width: 1, height: 1 },
      ]),
    ).toEqual({ x: 0, y: 0, width: 6, height: 6 });
    expect(unionRect([])).toBeNull();
  });
});
