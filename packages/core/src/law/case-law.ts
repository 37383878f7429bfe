import { z } from 'zod';
import type { CitationId } from '../citation-ids.js';
import { localDateKey } from '../clock/time-zone.js';
import { toEpochMs } from '../instant.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import { checkLayerIds, localPolicyLayer } from './local-layer.js';
import { resolveLayers } from './resolve.js';
import type { ResolvedJurisdictionLaw } from './resolve-law.js';
import { LawDateSchema, LawLayerSchema, type LawSwitchKey } from './schema.js';

const EXPAND = (issue: { input?: unknown }) =>
  issue.input === undefined
    ? 'missing: a law spec ({ jurisdiction, asOf, options, layers }) must be expanded with expandCaseLaw(spec) before it goes to the machine'
    : undefined;

/**
 * The law a case is decided under, expanded for the machine: the spec's fields (see `CaseLawSpecSchema`) and
 * `library`, the layers of its jurisdiction (with the federal floor) copied from the library, so that the machine
 * resolves the law without the library. `jurisdiction` is then a label. Build it with `expandCaseLaw(spec)`;
 * `createCase` does it for you.
 */
export const CaseLawSchema = z
  .object({
    /** The jurisdiction's id (`federal`, `us-nc`, …), a label: `library` holds its layers. */
    jurisdiction: z.string().min(1).max(80).optional(),
    /** Freeze the law on this date, `YYYY-MM-DD`, whatever the instants of the case. */
    asOf: LawDateSchema.optional(),
    /** Ids of option layers to turn on (readings DOMAIN.md §8 marks uncertain). */
    options: z.array(z.string().max(120)).max(50).default([]),
    /** The user's own layers (a county, a state), added to the jurisdiction's. */
    layers: z.array(LawLayerSchema).max(200).optional(),
    /** The jurisdiction's name and every layer of it (federal floor first, options included), from the library. */
    library: z
      .object({ name: z.string().min(1).max(200), layers: z.array(LawLayerSchema).max(2000) }, { error: EXPAND })
      .strict(),
  })
  .strict();
export type CaseLaw = z.output<typeof CaseLawSchema>;
export type CaseLawInput = z.input<typeof CaseLawSchema>;

/**
 * The decisions a case takes under the law in force at their instant:
 * - `custodian-decision`: the custodian's decision on the detainer (at lodging or service, after a custody move,
 *   after a proof of status);
 * - `hold-clock`: the start of the hold clock (the counting rule, a state hold limit);
 * - `eligibility-notice`: the notice deadline counted from release eligibility (North Carolina HB 318).
 */
export const LAW_DECISION_POINTS = ['custodian-decision', 'hold-clock', 'eligibility-notice'] as const;
export const LawDecisionPointSchema = z.enum(LAW_DECISION_POINTS);
export type LawDecisionPoint = z.infer<typeof LawDecisionPointSchema>;

/** A switch decided by a layer above the local policy, as a case records it. */
export interface LawSwitchRecord {
  readonly switch: LawSwitchKey;
  readonly value: unknown;
  readonly layerId: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly status: 'confirmed' | 'secondary' | 'unverified';
  readonly citations: readonly CitationId[];
}

/** Which law a case applied at one decision: the jurisdiction, the date used, and the layers that decided. */
export interface LawApplication {
  readonly at: string;
  readonly point: LawDecisionPoint;
  readonly jurisdiction: string | null;
  /** The date whose law applied, `YYYY-MM-DD`. */
  readonly date: string;
  /** True when the case's `asOf` froze the date (else: the day of `at` in the custodian's time zone). */
  readonly asOfOverride: boolean;
  /** Ids of the layers in force on `date`, lowest precedence first. */
  readonly layers: readonly string[];
  /** The switches a layer other than the local policy decided, and that layer. */
  readonly decidedByLaw: readonly LawSwitchRecord[];
}

/** The date whose law applies to a decision at `at`: the spec's `asOf`, or the day of `at` in `timeZone`. */
export function lawDateAt(spec: Pick<CaseLaw, 'asOf'>, at: string, timeZone: string): string {
  return spec.asOf ?? localDateKey(toEpochMs(at), timeZone);
}

/**
 * Resolves a case's law on a date, with the case's local policy as the local layer: the jurisdiction's layers,
 * the user's, then the local policy. Pure: it reads only the expanded spec, never the library.
 */
export function resolveCaseLaw(spec: CaseLaw, local: JurisdictionPolicy, date: string): ResolvedJurisdictionLaw {
  const localLayer = localPolicyLayer(local);
  const layers = [...spec.library.layers, ...(spec.layers ?? []), localLayer];
  checkLayerIds(layers);
  const resolved = resolveLayers({
    layers,
    asOf: date,
    options: spec.options,
    name: `${spec.library.name}, law in force on ${date} (local policy: ${localLayer.title.replace(/^Local policy: /, '')})`,
  });
  return { ...resolved, jurisdiction: spec.jurisdiction ?? null, localDefaulted: false };
}

/** The record of one decision taken under `resolved`. */
export function lawApplication(
  spec: CaseLaw,
  resolved: ResolvedJurisdictionLaw,
  point: LawDecisionPoint,
  at: string,
): LawApplication {
  const decidedByLaw: LawSwitchRecord[] = [];
  for (const resolution of Object.values(resolved.switches)) {
    if (!resolution || resolution.decidedBy.kind === 'local-policy') continue;
    decidedByLaw.push({
      switch: resolution.switch,
      value: resolution.value,
      layerId: resolution.decidedBy.layerId,
      title: resolution.decidedBy.title,
      effectiveFrom: resolution.decidedBy.effectiveFrom,
      status: resolution.decidedBy.status,
      citations: resolution.decidedBy.citations,
    });
  }
  return {
    at,
    point,
    jurisdiction: spec.jurisdiction ?? null,
    date: resolved.asOf,
    asOfOverride: spec.asOf !== undefined,
    layers: resolved.inForce.map((l) => l.layerId),
    decidedByLaw,
  };
}
