import { z } from 'zod';
import type { CitationId } from '../citation-ids.js';
import { localDateKey } from '../clock/time-zone.js';
import { toEpochMs } from '../instant.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import { quotedList } from '../quoted-list.js';
import { getJurisdiction, listJurisdictions } from './library/index.js';
import { type ResolvedJurisdictionLaw, resolveLaw } from './resolve-law.js';
import { LawDateSchema, LawLayerSchema, type LawSwitchKey } from './schema.js';

/**
 * The law a case is decided under: a jurisdiction of the library (with the federal floor) and/or the user's own
 * layers, the option layers turned on, and an optional `asOf` date that freezes the law ("the same facts under the
 * law of 2017"). Left without `asOf`, each decision is taken under the layers in force on the calendar day of its
 * instant in the custodian's time zone. Without `jurisdiction` or `layers`, the federal floor alone. The case's `policy` stays the local policy (the user's choice).
 */
export const CaseLawSpecSchema = z
  .object({
    /** A jurisdiction of the library (`federal`, `us-nc`, …). */
    jurisdiction: z.string().min(1).max(80).optional(),
    /** Freeze the law on this date, `YYYY-MM-DD`, whatever the instants of the case. */
    asOf: LawDateSchema.optional(),
    /** Ids of option layers to turn on (readings DOMAIN.md §8 marks uncertain). */
    options: z.array(z.string().max(120)).max(50).default([]),
    /** The user's own layers (a county, a state), added to the jurisdiction's. */
    layers: z.array(LawLayerSchema).max(200).optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.jurisdiction !== undefined && getJurisdiction(spec.jurisdiction) === undefined) {
      const known = listJurisdictions().map((j) => j.id);
      ctx.addIssue({
        code: 'custom',
        path: ['jurisdiction'],
        message: `"${spec.jurisdiction}" is not in the library: use one of ${quotedList(known)}, or give your own layers`,
      });
    }
  });
export type CaseLawSpec = z.output<typeof CaseLawSpecSchema>;
export type CaseLawSpecInput = z.input<typeof CaseLawSpecSchema>;

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
export function lawDateAt(spec: Pick<CaseLawSpec, 'asOf'>, at: string, timeZone: string): string {
  return spec.asOf ?? localDateKey(toEpochMs(at), timeZone);
}

/** Resolves a case's law on a date, with the case's local policy as the local layer. */
export function resolveCaseLaw(spec: CaseLawSpec, local: JurisdictionPolicy, date: string): ResolvedJurisdictionLaw {
  return resolveLaw({
    ...(spec.jurisdiction === undefined ? {} : { jurisdiction: spec.jurisdiction }),
    ...(spec.layers === undefined ? {} : { layers: spec.layers }),
    options: spec.options,
    asOf: date,
    local,
  });
}

/** The record of one decision taken under `resolved`. */
export function lawApplication(
  spec: CaseLawSpec,
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
