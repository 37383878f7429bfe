/**
 * The law the demo's case runs under: a jurisdiction of the SDK's library (`federal` or a state), an optional
 * as-of date that freezes the law, and the option layers turned on (readings DOMAIN.md marks uncertain, off by
 * default). The choice is part of the case's facts: it becomes the scenario's `law`, and the SDK decides the case
 * under it as `createCase({ jurisdiction, asOf, options })` would, each decision (the custodian's, the start of
 * the hold clock, each notice deadline) under the layers in force on its own date unless an as-of date is set.
 * The policy panel and the layers list show the law in force on one date (`shownDate`): the as-of date, or the
 * date of the moment shown. The choice travels in the share link (in the scenario, and readably as
 * `&law=us-nc&asOf=2025-10-02&lawOptions=…`), parsed with zod: a bad value is refused with a message naming the
 * field, and the law in force stays as it was.
 */
import {
  getJurisdiction,
  type JurisdictionPolicy,
  LawDateSchema,
  type LawLayer,
  type LayerRef,
  listJurisdictions,
  POLICY_SWITCH_KEYS,
  type ResolvedJurisdictionLaw,
  resolveLaw,
  type Scenario,
} from '@detainer-kit/sdk';
import { z } from 'zod';
import type { Messages } from '../i18n/en';

/** The jurisdictions the picker offers: the federal floor alone, then the states, with the library's names. */
export const JURISDICTIONS = listJurisdictions();
const JURISDICTION_IDS = JURISDICTIONS.map((j) => j.id) as [string, ...string[]];

/** What the user chose: `asOf` null decides each step under the law in force on its own date. */
export interface LawChoice {
  readonly jurisdiction: string;
  readonly asOf: string | null;
  readonly options: readonly string[];
}

export const DEFAULT_LAW: LawChoice = { jurisdiction: 'federal', asOf: null, options: [] };

/** The default law: the federal floor at each decision's date, no option (a scenario without `law`). */
export const isDefaultLaw = (law: LawChoice): boolean =>
  law.jurisdiction === DEFAULT_LAW.jurisdiction && law.asOf === null && law.options.length === 0;

/** The option layers a jurisdiction offers (off by default), in the library's order. */
export function optionLayers(jurisdiction: string): readonly LawLayer[] {
  return getJurisdiction(jurisdiction)?.layers.filter((l) => l.option) ?? [];
}

export const LawChoiceSchema = z
  .object({
    jurisdiction: z.enum(JURISDICTION_IDS, {
      error: () => `use one of ${JURISDICTION_IDS.map((id) => `"${id}"`).join(', ')}`,
    }),
    asOf: LawDateSchema.nullable(),
    options: z.array(z.string().max(120)).max(20, 'at most 20 options'),
  })
  .strict()
  .superRefine((choice, ctx) => {
    const known = new Set(optionLayers(choice.jurisdiction).map((l) => l.id));
    choice.options.forEach((id, i) => {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i],
          message: `"${id}" is not an option layer of "${choice.jurisdiction}"`,
        });
      }
    });
  });

/** The hash keys of the law: `#share=…&law=us-nc&asOf=2025-10-02&lawOptions=a,b`. */
export const LAW_HASH_KEYS = { jurisdiction: 'law', asOf: 'asOf', options: 'lawOptions' } as const;
/** The longest law part a link may carry (characters). */
export const MAX_LAW_PART_LENGTH = 600;

/** The hash part for a law choice (the as-of date only when the user set one). */
export function lawHashPart(law: LawChoice): string {
  const parts = [`${LAW_HASH_KEYS.jurisdiction}=${encodeURIComponent(law.jurisdiction)}`];
  if (law.asOf !== null) parts.push(`${LAW_HASH_KEYS.asOf}=${law.asOf}`);
  if (law.options.length > 0) {
    parts.push(`${LAW_HASH_KEYS.options}=${law.options.map((o) => encodeURIComponent(o)).join(',')}`);
  }
  return parts.join('&');
}

export type LawRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly law: LawChoice }
  | { readonly kind: 'error'; readonly message: string };

/** Reads the law part of a location hash. Never throws; a hash without a `law=` part is `none`. */
export function readLawHash(hash: string): LawRead {
  const raw = hash.replace(/^#/, '');
  const values = new Map<string, string>();
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) values.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const jurisdiction = values.get(LAW_HASH_KEYS.jurisdiction);
  if (jurisdiction === undefined) return { kind: 'none' };
  const refuse = (why: string): LawRead => ({
    kind: 'error',
    message: `The law in this link cannot be applied (${why}); the law in force is unchanged. Choose it again under “Law layers”.`,
  });
  const asOf = values.get(LAW_HASH_KEYS.asOf) ?? null;
  const options = values.get(LAW_HASH_KEYS.options) ?? '';
  if (jurisdiction.length + (asOf?.length ?? 0) + options.length > MAX_LAW_PART_LENGTH) {
    return refuse(`the law part is longer than ${MAX_LAW_PART_LENGTH} characters`);
  }
  let decoded: { jurisdiction: string; options: string[] };
  try {
    decoded = {
      jurisdiction: decodeURIComponent(jurisdiction),
      options: options === '' ? [] : options.split(',').map((o) => decodeURIComponent(o)),
    };
  } catch {
    return refuse('it is not valid URL text');
  }
  const parsed = LawChoiceSchema.safeParse({ ...decoded, asOf });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['law', ...(issue?.path ?? []).map(String)].join('.').replace('law.jurisdiction', 'law');
    return refuse(`${field}: ${issue?.message ?? 'not valid'}`);
  }
  return { kind: 'ok', law: parsed.data };
}

/** A scenario's law spec (the SDK's `CaseLawSpec`). */
export type ScenarioLaw = NonNullable<Scenario['law']>;

/**
 * The choice a scenario's law stands for. A law with the user's own layers keeps them aside (see
 * {@link lawSpecOf}); a law without a jurisdiction is the federal floor's.
 */
export function lawChoiceOf(law: Scenario['law'] | undefined): LawChoice {
  if (law === undefined) return DEFAULT_LAW;
  return { jurisdiction: law.jurisdiction ?? 'federal', asOf: law.asOf ?? null, options: [...(law.options ?? [])] };
}

/**
 * The scenario's law for a choice: none for the default (the federal floor at each decision gives the same
 * result as the policy alone for every library scenario, and a scenario without `law` stays one), else the
 * jurisdiction, the as-of date when set and the options. The user's own layers of the previous law are kept.
 */
export function lawSpecOf(choice: LawChoice, previous: Scenario['law'] | undefined): ScenarioLaw | undefined {
  const layers = previous?.layers;
  if (isDefaultLaw(choice) && (layers === undefined || layers.length === 0)) return undefined;
  return {
    jurisdiction: choice.jurisdiction,
    ...(choice.asOf === null ? {} : { asOf: choice.asOf }),
    options: [...choice.options],
    ...(layers === undefined ? {} : { layers }),
  };
}

/** True when two choices are the same law. */
export const sameLaw = (a: LawChoice, b: LawChoice): boolean =>
  a.jurisdiction === b.jurisdiction &&
  a.asOf === b.asOf &&
  a.options.length === b.options.length &&
  a.options.every((o) => b.options.includes(o));

/** Today's date (UTC), `YYYY-MM-DD`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The date the law is read on when the user set none: the case's booking date on the custodian's calendar (the
 * law that governs a case is the law in force when it happened), or today when there is no valid booking instant.
 */
export function bookingDate(bookedAt: string | undefined, timeZone: string): string {
  return localDate(bookedAt, timeZone);
}

/**
 * The date on which the panels show the law in force: the as-of date when the law is frozen, else the date of
 * the moment shown on the custodian's calendar (the law that decides what happens next).
 */
export function shownDate(law: LawChoice, now: string | undefined, timeZone: string): string {
  return law.asOf ?? localDate(now, timeZone);
}

/** An instant's date on a time zone's calendar, `YYYY-MM-DD`; today for a missing or bad instant. */
export function localDate(instant: string | undefined, timeZone: string): string {
  const at = instant === undefined ? Number.NaN : Date.parse(instant);
  if (Number.isNaN(at)) return today();
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/**
 * The law in force for the choice on `asOf` (with the user's own layers, if the scenario has any), under the
 * user's local policy; null if the SDK refuses it.
 */
export function resolveChoice(
  law: LawChoice,
  asOf: string,
  local: JurisdictionPolicy,
  layers: ScenarioLaw['layers'] = undefined,
): ResolvedJurisdictionLaw | null {
  try {
    return resolveLaw({
      jurisdiction: law.jurisdiction,
      asOf,
      local,
      options: [...law.options],
      ...(layers === undefined || layers.length === 0 ? {} : { layers }),
    });
  } catch {
    return null;
  }
}

const switchesOf = (p: JurisdictionPolicy) => JSON.stringify(POLICY_SWITCH_KEYS.map((k) => p[k]));

/**
 * The policy in force on the date shown: the resolved policy; when the law changes no switch of the local policy,
 * the local policy itself (its name and sources), so that a preset stays that preset.
 */
export function appliedPolicy(local: JurisdictionPolicy, resolved: ResolvedJurisdictionLaw | null): JurisdictionPolicy {
  if (resolved === null || switchesOf(resolved.policy) === switchesOf(local)) return local;
  return resolved.policy;
}

/** The name of a jurisdiction of the library. */
export function jurisdictionName(id: string): string {
  return JURISDICTIONS.find((j) => j.id === id)?.name ?? id;
}

/** A layer's dates in words: "from 2024-12-01", "from 2025-10-01, until 2025-12-01", "in force throughout the model". */
export function layerDates(layer: LayerRef, t: Messages): string {
  const from =
    layer.datePrecision === 'open-start'
      ? t.law.openStart
      : `${t.law.from(layer.effectiveFrom)}${layer.datePrecision === 'year' ? `, ${t.law.yearOnly}` : ''}`;
  return layer.effectiveUntil ? `${from}, ${t.law.until(layer.effectiveUntil)}` : from;
}
