import { describe, expect, it } from 'vitest';
import { nextStep, previousStep, snapToStep, stepBoundaries } from './steps';

const transient = (id: string) => id.endsWith('deciding');
// lodged → deciding, deciding → honoringHold (one step), then release eligible, then deadline.
const entries = [
  { from: 'noDetainer' },
  { from: 'detainerInEffect.deciding' },
  { from: 'detainerInEffect.honoringHold' },
  { from: 'holding' },
];

describe('steps', () => {
  it('groups an event with the eventless transitions it sets off', () => {
    expect(stepBoundaries(entries, transient)).toEqual([0, 2, 3, 4]);
    expect(stepBoundaries([], transient)).toEqual([0]);
  });
  it('snaps and moves by whole steps', () => {
    const b = stepBoundaries(entries, transient);
    expect(snapToStep(b, 1)).toBe(2);
    expect(nextStep(b, 0)).toBe(2);
    expect(nextStep(b, 4)).toBe(4);
    expect(previousStep(b, 3)).toBe(2);
    expect(previousStep(b, 2)).toBe(0);
    expect(previousStep(b, 0)).toBe(0);
  });
});
