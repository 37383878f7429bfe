import { describe, expect, it } from 'vitest';
import { fitScale } from './chart-scale';

// The teaching chart's size in diagram units, and the bounds the renderer uses (12/13: 13-unit text at 12 px).
const size = { width: 978, height: 527 };
const MIN = 12 / 13;

describe('fitScale', () => {
  it('fits the tighter of width and height', () => {
    // 1000 px wide, 520 px high: the height decides, (520 − 2) / 527 ≈ 0.983 (the width allows 1.020).
    expect(fitScale({ width: 1000, height: 520 }, size, MIN, 1.25)).toBeCloseTo(518 / 527, 6);
    // 1200 px wide, 900 px high: the width decides, (1200 − 2) / 978 ≈ 1.225.
    expect(fitScale({ width: 1200, height: 900 }, size, MIN, 1.25)).toBeCloseTo(1198 / 978, 6);
  });
  it('never draws text under 12 px: a phone or a short window keeps the smallest readable scale', () => {
    expect(fitScale({ width: 366, height: 700 }, size, MIN, 1.25)).toBe(MIN);
    expect(fitScale({ width: 1200, height: 300 }, size, MIN, 1.25)).toBe(MIN);
    expect(fitScale({ width: 0, height: -40 }, size, MIN, 1.25)).toBe(MIN);
  });
  it('grows no larger than the maximum on a large screen', () => {
    expect(fitScale({ width: 3000, height: 2000 }, size, MIN, 1.25)).toBe(1.25);
  });
});
