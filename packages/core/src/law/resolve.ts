import { z } from 'zod';
import type { CitationId } from '../citation-ids.js';
import { type JurisdictionPolicy, POLICY_SWITCH_SHAPE } from '../policy/schema.js';
import {
  isLayerInForce,
  LAW_SWITCH_KEYS,
  type LawLayer,
  type LawLock,
  type LawStatus,
  type LawSwitches,
  type LawSwitchKey,
  type LockBound,
} from './schema.js';

/** The policy's switches without name and citations, with their defaults, for the resolved policy. */
const SWITCHES_SCHEMA = z.object(POLICY_SWITCH_SHAPE);
/** What a switch that has no default falls back to when no layer decides it. */
const UNDECIDED = { hold: 'never', notify: 'never', access: 'refused', transferAtRelease: 'never' } as const;

/**
 * The order of cooperation of each ordered switch, least first: what `at-most` and `at-least` locks compare.
 * `barred` (a law forbids notice) is below `never` (the custodian's choice).
 */
export const SWITCH_ORDER = {
  hold: ['never', 'judicial-warrant', 'listed-offenses', 'always'],
  notify: ['barred', 'never', 'listed-offenses', 'always'],
  transferAtRelease: ['never', 'listed-offenses', 'always'],
  access: ['refused', 'allowed'],
} as const satisfies Partial<Record<LawSwitchKey, readonly string[]>>;

type SwitchValue = LawSwitches[LawSwitchKey];

/** The layer that decided a switch, with its date and authority. */
export interface LayerRef {
  readonly layerId: string;
  readonly title: string;
  readonly kind: LawLayer['kind'];
  readonly jurisdiction: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  /** How exact `effectiveFrom` is (`day`, `year`, `open-start`). */
  readonly datePrecision: LawLayer['datePrecision'];
  readonly status: LawStatus;
  readonly citations: readonly CitationId[];
}

/** How one switch was resolved: its value, the one layer that decided it, any lock, and what was overridden. */
export interface SwitchResolution {
  readonly switch: LawSwitchKey;
  readonly value: SwitchValue;
  /** The one layer whose value stands: set as a default (`sets`) or fixed / bounded by a lock (`lock`). */
  readonly decidedBy: LayerRef & { readonly via: 'sets' | 'lock' };
  /** The lock that binds this switch (the highest in precedence), when one does. */
  readonly locked: {
    readonly layerId: string;
    readonly bound: LockBound;
    readonly value: SwitchValue;
    readonly reason: string;
  } | null;
  /** Values of other layers in force that differ from the one that stands, and the layer that outranked them. */
  readonly overridden: readonly { readonly layerId: string; readonly value: SwitchValue; readonly by: string }[];
}

/** Why a layer given to the resolver does not apply on the date. */
export type LayerNotApplied =
  | { readonly layer: LayerRef; readonly why: 'not-yet-in-force' | 'no-longer-in-force' | 'option-off' }
  | { readonly layer: LayerRef; readonly why: 'replaced'; readonly by: string };

/** The law in force on one date: the resolved policy and every reason. */
export interface ResolvedLaw {
  readonly asOf: string;
  /** The resolved switches as a complete policy, ready for `resolveCustodianDecision` or a case. */
  readonly policy: JurisdictionPolicy;
  /** Each switch and the one layer that decided it (a switch no layer sets is missing, and listed in `problems`). */
  readonly switches: Readonly<Partial<Record<LawSwitchKey, SwitchResolution>>>;
  /** The layers in force on `asOf`, in precedence order (lowest first). */
  readonly inForce: readonly LayerRef[];
  /** The layers given that do not apply on `asOf`, and why. */
  readonly notApplied: readonly LayerNotApplied[];
  /** Mechanics of the layers in force that no switch expresses yet (shown, not applied). */
  readonly mechanics: readonly { readonly layerId: string; readonly text: string }[];
  /** Caveats of the layers in force: uncertain dates and readings, options turned on. */
  readonly notes: readonly { readonly layerId: string; readonly text: string }[];
  /** Problems with the resolved policy (e.g. `listed-offenses` with no listed offense), in plain words. */
  readonly problems: readonly string[];
}

/** Input of {@link resolveLayers}: parsed layers, a date, and the options turned on. */
export interface ResolveLayersInput {
  readonly layers: readonly LawLayer[];
  /** The date whose law applies, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Ids of option layers to apply (off by default). */
  readonly options?: readonly string[];
  /** The resolved policy's name. */
  readonly name?: string;
}

function ref(layer: LawLayer): LayerRef {
  return {
    layerId: layer.id,
    title: layer.title,
    kind: layer.kind,
    jurisdiction: layer.jurisdiction,
    effectiveFrom: layer.effectiveFrom,
    effectiveUntil: layer.effectiveUntil ?? null,
    datePrecision: layer.datePrecision,
    status: layer.status,
    citations: layer.citations,
  };
}

const isFederalFloor = (j: string) => j === 'federal' || j === 'settlement' || j.startsWith('settlement/');

/**
 * A layer's base precedence: the federal floor 0; state law, agreements and other law above the custodian 1;
 * a local policy 2. A court decision sits just above the layer it reads (or its own level).
 */
function baseRank(layer: LawLayer, byId: ReadonlyMap<string, LawLayer>): number {
  const own = layer.kind === 'local-policy' ? 2 : isFederalFloor(layer.jurisdiction) ? 0 : 1;
  if (layer.kind !== 'court-decision') return own;
  const read = layer.reads === undefined ? undefined : byId.get(layer.reads);
  const readRank = read === undefined || read.kind === 'court-decision' ? own : baseRank(read, byId);
  return Math.max(own, readRank) + 0.5;
}

/** Rank of a lock: above every default (3), a court decision's just above. */
function lockRank(layer: LawLayer): number {
  return layer.kind === 'court-decision' ? 3.5 : 3;
}

/** Total order: rank, then later effectiveFrom, then id (so the result never depends on the input order). */
function compare(a: { rank: number; layer: LawLayer }, b: { rank: number; layer: LawLayer }): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.layer.effectiveFrom !== b.layer.effectiveFrom) return a.layer.effectiveFrom < b.layer.effectiveFrom ? -1 : 1;
  return a.layer.id < b.layer.id ? -1 : a.layer.id > b.layer.id ? 1 : 0;
}

function orderOf(key: LawSwitchKey, value: SwitchValue): number | undefined {
  const order = (SWITCH_ORDER as Partial<Record<LawSwitchKey, readonly string[]>>)[key];
  return order === undefined || typeof value !== 'string' ? undefined : order.indexOf(value);
}

function sameValue(a: SwitchValue, b: SwitchValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies a lock to the standing value: the new value, and whether the lock changed or fixed it. */
function applyLock(
  key: LawSwitchKey,
  value: SwitchValue | undefined,
  lock: LawLock,
): { value: SwitchValue; decides: boolean } {
  const bound = lock.value as SwitchValue;
  if (lock.bound === 'exactly' || value === undefined) return { value: bound, decides: true };
  const have = orderOf(key, value);
  const limit = orderOf(key, bound);
  if (have === undefined || limit === undefined) return { value: bound, decides: true };
  const beyond = lock.bound === 'at-most' ? have > limit : have < limit;
  return beyond ? { value: bound, decides: true } : { value, decides: false };
}

/**
 * Composes parsed law layers by precedence on one date, and explains the result.
 *
 * Precedence, lowest first: the federal floor's defaults; the defaults of state law and other law above the
 * custodian; the local policy; then locks (a state law fixing or bounding a switch: `exactly`, `at-most`,
 * `at-least`), so that state law stands over local policy. A court decision stands just above the statute it
 * `reads`. Ties go to the later `effectiveFrom`, then to the id. A layer applies only on dates within
 * `effectiveFrom <= asOf < effectiveUntil`; an option only when named in `options`; an option that `replaces`
 * a layer takes its place. Every switch has exactly one deciding layer. Pure: the same input gives the same result.
 */
export function resolveLayers(input: ResolveLayersInput): ResolvedLaw {
  const { asOf } = input;
  const options = new Set(input.options ?? []);
  const byId = new Map(input.layers.map((l) => [l.id, l] as const));
  const notApplied: LayerNotApplied[] = [];
  const candidates: LawLayer[] = [];
  for (const layer of input.layers) {
    if (layer.option && !options.has(layer.id)) notApplied.push({ layer: ref(layer), why: 'option-off' });
    else if (!isLayerInForce(layer, asOf)) {
      notApplied.push({
        layer: ref(layer),
        why: asOf < layer.effectiveFrom ? 'not-yet-in-force' : 'no-longer-in-force',
      });
    } else candidates.push(layer);
  }
  const replacedBy = new Map<string, string>();
  for (const layer of candidates) if (layer.replaces !== undefined) replacedBy.set(layer.replaces, layer.id);
  const applied = candidates.filter((layer) => {
    const by = replacedBy.get(layer.id);
    if (by === undefined) return true;
    notApplied.push({ layer: ref(layer), why: 'replaced', by });
    return false;
  });
  const ranked = applied.map((layer) => ({ rank: baseRank(layer, byId), layer })).sort(compare);

  const switches: Partial<Record<LawSwitchKey, SwitchResolution>> = {};
  const problems: string[] = [];
  for (const key of LAW_SWITCH_KEYS) {
    let value: SwitchValue | undefined;
    let decider: { layer: LawLayer; via: 'sets' | 'lock' } | undefined;
    const overridden: { layerId: string; value: SwitchValue; by: string }[] = [];
    const standing: { layer: LawLayer; value: SwitchValue }[] = [];
    for (const { layer } of ranked) {
      const set = layer.sets[key];
      if (set === undefined) continue;
      standing.push({ layer, value: set });
      value = set;
      decider = { layer, via: 'sets' };
    }
    const locks = applied
      .flatMap((layer) =>
        layer.locks.filter((l) => l.switch === key).map((lock) => ({ rank: lockRank(layer), layer, lock })),
      )
      .sort(compare);
    let locked: SwitchResolution['locked'] = null;
    for (const { layer, lock } of locks) {
      const result = applyLock(key, value, lock);
      if (result.decides) {
        if (value !== undefined && decider !== undefined && !sameValue(value, result.value)) {
          standing.push({ layer: decider.layer, value });
        }
        decider = { layer, via: 'lock' };
      }
      value = result.value;
      locked = { layerId: layer.id, bound: lock.bound, value: lock.value as SwitchValue, reason: lock.reason };
    }
    if (value === undefined || decider === undefined) {
      problems.push(`no layer in force on ${asOf} sets "${key}": add a local policy or a layer that sets it`);
      continue;
    }
    const winner = decider.layer.id;
    for (const s of standing) {
      if (s.layer.id !== winner && !sameValue(s.value, value) && !overridden.some((o) => o.layerId === s.layer.id)) {
        overridden.push({ layerId: s.layer.id, value: s.value, by: winner });
      }
    }
    switches[key] = { switch: key, value, decidedBy: { ...ref(decider.layer), via: decider.via }, locked, overridden };
  }

  const citations = [...new Set(ranked.flatMap(({ layer }) => layer.citations))].slice(0, 20);
  const decided = Object.fromEntries(
    Object.entries(switches).map(([key, resolution]) => [key, resolution?.value]),
  ) as Partial<JurisdictionPolicy>;
  const policy: JurisdictionPolicy = {
    name: input.name ?? `Law in force on ${asOf}`,
    description: `The switches resolved from ${ranked.length} law layers in force on ${asOf}. Educational model, not legal advice.`,
    // A switch no layer decided (a problem, reported above) falls back to the least cooperative value.
    ...SWITCHES_SCHEMA.parse({ ...UNDECIDED, ...decided }),
    citations,
  };
  const listed = [policy.hold, policy.notify, policy.transferAtRelease].includes('listed-offenses');
  if (listed && policy.listedOffenses.length === 0) {
    problems.push('hold, notify or transferAtRelease resolved to "listed-offenses" but no layer lists an offense');
  }
  return {
    asOf,
    policy,
    switches,
    inForce: ranked.map(({ layer }) => ref(layer)),
    notApplied: notApplied.sort((a, b) =>
      a.layer.layerId < b.layer.layerId ? -1 : a.layer.layerId > b.layer.layerId ? 1 : 0,
    ),
    mechanics: ranked.flatMap(({ layer }) => layer.mechanics.map((text) => ({ layerId: layer.id, text }))),
    notes: ranked.flatMap(({ layer }) => layer.notes.map((text) => ({ layerId: layer.id, text }))),
    problems,
  };
}
