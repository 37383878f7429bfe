import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** murmur3's 32-bit finalizer: a bijection on 32-bit integers with good avalanche. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The generator of one case, derived from the population seed and the case index only, so case `i` is the
 * same whichever chunk or worker draws it. For a fixed seed, `index → fmix32(index ^ fmix32(seed))` is a
 * bijection, so no two cases of a run (below 2^32) share a generator seed. pure-rand's xoroshiro128+.
 */
export function caseRng(seed: number, index: number): RandomGenerator {
  return xoroshiro128plus(fmix32((index ^ fmix32(seed ^ 0x9e3779b9)) >>> 0) | 0);
}

const TWO_POW_32 = 4_294_967_296;

/** A uniform float in [0, 1) at 32-bit resolution (enough for shares and minutes). */
export function uniform(rng: RandomGenerator): number {
  return (rng.next() >>> 0) / TWO_POW_32;
}

/** Cumulative, normalized weights: the last entry is exactly 1. */
export function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((s, w) => s + w, 0);
  const out = new Float64Array(weights.length);
  let acc = 0;
  for (let i = 0; i < weights.length; i += 1) {
    acc += weights[i] ?? 0;
    out[i] = acc / total;
  }
  if (out.length > 0) out[out.length - 1] = 1;
  return out;
}

/** Index drawn from cumulative weights with a uniform `u` in [0, 1); zero-weight entries are never drawn. */
export function pick(cum: Float64Array, u: number): number {
  for (let i = 0; i < cum.length; i += 1) {
    if (u < (cum[i] ?? 1)) return i;
  }
  return cum.length - 1;
}
