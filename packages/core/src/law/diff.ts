import type { LayerRef, ResolvedLaw } from './resolve.js';
import { LAW_SWITCH_KEYS, type LawSwitchKey } from './schema.js';

/** One switch that differs between two resolutions: its values and the layers that decided them. */
export interface LawSwitchChange {
  readonly switch: LawSwitchKey;
  readonly from: { readonly value: unknown; readonly decidedBy: string | null };
  readonly to: { readonly value: unknown; readonly decidedBy: string | null };
  /** In plain words, e.g. `noticeAfterEligibility: "none" (federal/cfr-287.7) → "within-2-hours" (us-nc/hb318-2025, from 2025-12-01, secondary)`. */
  readonly text: string;
}

/** What changed between two resolved laws (two jurisdictions, or one on two dates). */
export interface LawDiff {
  /** Switches whose value or deciding layer differs. */
  readonly switches: readonly LawSwitchChange[];
  /** Layers in force in `b` and not in `a`. */
  readonly entered: readonly LayerRef[];
  /** Layers in force in `a` and not in `b`. */
  readonly left: readonly LayerRef[];
}

const show = (v: unknown) => JSON.stringify(v);

/**
 * What changed from `a` to `b`: every switch whose value or deciding layer differs (with both layers, their
 * dates and status), and the layers that entered or left force. Pure.
 *
 * @example
 * const d = diffResolvedLaw(
 *   resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-11-30' }),
 *   resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-12-01' }),
 * );
 * d.switches.map((c) => c.switch) // ['countingRule', 'noticeAfterEligibility']
 */
export function diffResolvedLaw(a: ResolvedLaw, b: ResolvedLaw): LawDiff {
  const switches: LawSwitchChange[] = [];
  for (const key of LAW_SWITCH_KEYS) {
    const x = a.switches[key];
    const y = b.switches[key];
    const sameValue = show(x?.value) === show(y?.value);
    const sameLayer = x?.decidedBy.layerId === y?.decidedBy.layerId;
    if (sameValue && sameLayer) continue;
    const side = (s: typeof x) =>
      s === undefined
        ? 'unset'
        : `${show(s.value)} (${s.decidedBy.layerId}, ${s.decidedBy.via === 'lock' ? 'locked' : 'set'}, from ${s.decidedBy.effectiveFrom}, ${s.decidedBy.status})`;
    switches.push({
      switch: key,
      from: { value: x?.value, decidedBy: x?.decidedBy.layerId ?? null },
      to: { value: y?.value, decidedBy: y?.decidedBy.layerId ?? null },
      text: `${key}: ${side(x)} → ${side(y)}${sameValue ? ' (same value, another deciding layer)' : ''}`,
    });
  }
  const idsA = new Set(a.inForce.map((l) => l.layerId));
  const idsB = new Set(b.inForce.map((l) => l.layerId));
  return {
    switches,
    entered: b.inForce.filter((l) => !idsA.has(l.layerId)),
    left: a.inForce.filter((l) => !idsB.has(l.layerId)),
  };
}
