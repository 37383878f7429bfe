/**
 * Time travel moves by whole steps: an event and the eventless transitions it sets off (a lodged detainer
 * and the decision that follows) form one step, as the SDK's `forkAt` replays them together.
 */

/** The minimal view of a timeline entry: where it left from. */
export interface StepEntry {
  readonly from: string;
}

/**
 * Positions (numbers of entries applied) at which a step is complete, ascending, starting with 0.
 * An entry that leaves a transient state continues the step before it.
 */
export function stepBoundaries(entries: readonly StepEntry[], isTransient: (stateId: string) => boolean): number[] {
  const out = [0];
  for (let i = 0; i < entries.length; i++) {
    const next = entries[i + 1];
    if (!next || !isTransient(next.from)) out.push(i + 1);
  }
  return out;
}

/** The end of the step that contains position `p` (the smallest boundary ≥ p). */
export function snapToStep(boundaries: readonly number[], p: number): number {
  for (const b of boundaries) if (b >= p) return b;
  return boundaries[boundaries.length - 1] ?? 0;
}

/** The next boundary after `p`, or `p` at the end. */
export function nextStep(boundaries: readonly number[], p: number): number {
  for (const b of boundaries) if (b > p) return b;
  return p;
}

/** The previous boundary before `p`, or 0. */
export function previousStep(boundaries: readonly number[], p: number): number {
  let prev = 0;
  for (const b of boundaries) {
    if (b >= p) break;
    prev = b;
  }
  return prev;
}
