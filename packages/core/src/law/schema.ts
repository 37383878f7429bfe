import { z } from 'zod';
import { CitationIdSchema } from '../citation-ids.js';
import { OffenseCategorySchema } from '../detainer/vocabulary.js';
import { POLICY_SWITCH_KEYS, POLICY_SWITCH_SHAPE, TransferSwitchSchema } from '../policy/schema.js';
import { quotedList } from '../quoted-list.js';

/**
 * A calendar date, `YYYY-MM-DD`: the day a law layer takes effect or ends. A layer is in force on every date
 * `d` with `effectiveFrom <= d` and (when set) `d < effectiveUntil`: `effectiveUntil` is the first day it no
 * longer applies.
 */
export const LawDateSchema = z
  .string({ error: 'a date must be a string "YYYY-MM-DD"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written "YYYY-MM-DD", e.g. "2025-10-01"')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date: check the month and the day');
export type LawDate = z.infer<typeof LawDateSchema>;

/**
 * Where a layer belongs: `federal`; a state `us-xx` (two letters); a county or city inside a state
 * `us-xx/<name>`; a 287(g) agreement `287g` or `287g/<name>`; a court settlement `settlement` or
 * `settlement/<name>`; `local`, a local policy tied to no real place (the presets).
 */
export const LawJurisdictionSchema = z
  .string({ error: 'jurisdiction must be a string such as "federal", "us-nc" or "us-tx/harris-county"' })
  .regex(
    /^(federal|local|us-[a-z]{2}(\/[a-z0-9-]{1,60})?|287g(\/[a-z0-9-]{1,60})?|settlement(\/[a-z0-9-]{1,60})?)$/,
    'jurisdiction must be "federal", a state "us-xx", a county or city "us-xx/<name>", a 287(g) agreement "287g" or "287g/<name>", a court settlement "settlement" or "settlement/<name>", or "local" (a local policy tied to no real place); lower-case letters, digits and "-"',
  );
export type LawJurisdiction = z.infer<typeof LawJurisdictionSchema>;

/**
 * How exact a layer's `effectiveFrom` is:
 * - `day`: the source gives the day;
 * - `year`: the source gives only the year; the layer is applied from Jan 1 of that year, an approximate boundary;
 * - `open-start`: in force from before the earliest date the model covers; the date is the model's start
 *   ({@link LAW_MODEL_START}), not the law's.
 */
export const LawDatePrecisionSchema = z.enum(['day', 'year', 'open-start'], {
  error: 'datePrecision must be "day", "year" or "open-start"',
});
export type LawDatePrecision = z.infer<typeof LawDatePrecisionSchema>;

/** The first date the law library covers (before the first detainer form era of DOMAIN.md §4). */
export const LAW_MODEL_START = '2000-01-01';

/** What kind of law a layer is (DOMAIN.md §9). */
export const LAW_LAYER_KINDS = [
  'regulation',
  'form',
  'statute',
  'court-decision',
  'directive',
  'settlement',
  'agreement',
  'local-policy',
] as const;
export const LawLayerKindSchema = z.enum(LAW_LAYER_KINDS, {
  error: (): string => `kind must be ${quotedList(LAW_LAYER_KINDS)}`,
});
export type LawLayerKind = z.infer<typeof LawLayerKindSchema>;

/** How well a layer's facts are checked (DOMAIN.md "Status tags"). */
export const LawStatusSchema = z.enum(['confirmed', 'secondary', 'unverified'], {
  error: 'status must be "confirmed", "secondary" or "unverified"',
});
export type LawStatus = z.infer<typeof LawStatusSchema>;

/**
 * The policy switches a law layer can set: the switches of `JurisdictionPolicySchema` (not its name,
 * description or citations). One list, so the resolver, the file format and the docs agree.
 */
export const LAW_SWITCH_KEYS = POLICY_SWITCH_KEYS;
export const LawSwitchKeySchema = z.enum(LAW_SWITCH_KEYS, {
  error: () => `switch must be ${quotedList(LAW_SWITCH_KEYS)}`,
});
export type LawSwitchKey = z.infer<typeof LawSwitchKeySchema>;

/** A policy switch without its default, made optional: a layer that leaves a switch out does not set it. */
type OptionalSwitch<S> =
  S extends z.ZodDefault<infer Inner extends z.core.SomeType>
    ? z.ZodOptional<Inner>
    : S extends z.core.SomeType
      ? z.ZodOptional<S>
      : never;
const optionalSwitch = (schema: z.ZodType): z.ZodOptional<z.ZodType> =>
  (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional();
const LAW_SWITCH_SHAPE = Object.fromEntries(
  LAW_SWITCH_KEYS.map((key) => [key, optionalSwitch(POLICY_SWITCH_SHAPE[key])]),
) as { [K in LawSwitchKey]: OptionalSwitch<(typeof POLICY_SWITCH_SHAPE)[K]> };

/**
 * A partial of the policy switches: what a layer sets. Built from the policy schema's own switch list, so every
 * switch has its schema once; `transferAtRelease` takes only its named values here (no booleans from old policies).
 */
export const LawSwitchesSchema = z
  .object({ ...LAW_SWITCH_SHAPE, transferAtRelease: TransferSwitchSchema.optional() })
  .strict();
export type LawSwitches = z.infer<typeof LawSwitchesSchema>;

/**
 * How a lock binds a switch:
 * - `exactly`: the switch takes the lock's value, whatever a lower layer says;
 * - `at-most`: a lower layer may choose the lock's value or a less cooperative one (state law forbids more);
 * - `at-least`: a lower layer may choose the lock's value or a more cooperative one (state law requires it).
 * `at-most` / `at-least` apply to `hold`, `notify`, `transferAtRelease` and `access` only (see `SWITCH_ORDER`).
 */
export const LockBoundSchema = z.enum(['exactly', 'at-most', 'at-least'], {
  error: 'bound must be "exactly", "at-most" or "at-least"',
});
export type LockBound = z.infer<typeof LockBoundSchema>;

/** The switches whose values are ordered from least to most cooperation, so `at-most` / `at-least` mean something. */
export const ORDERED_SWITCHES = ['hold', 'notify', 'transferAtRelease', 'access'] as const;

/**
 * A switch a law fixes (or bounds), so that a local policy cannot change it past the bound, with the reason in
 * plain words. The demo shows a locked switch with this reason.
 */
export const LawLockSchema = z
  .object({
    switch: LawSwitchKeySchema,
    /** The value the lock fixes, or its bound; of the type of that switch. */
    value: z.union([z.string(), z.boolean(), z.array(OffenseCategorySchema).max(5)]),
    bound: LockBoundSchema.default('exactly'),
    reason: z.string().trim().min(1, 'a lock needs a reason').max(600),
  })
  .strict()
  .superRefine((lock, ctx) => {
    const parsed = LawSwitchesSchema.shape[lock.switch].safeParse(lock.value);
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `value is not a valid "${lock.switch}": ${parsed.error.issues[0]?.message ?? 'wrong type'}`,
      });
    }
    if (lock.bound !== 'exactly' && !(ORDERED_SWITCHES as readonly string[]).includes(lock.switch)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bound'],
        message: `bound "${lock.bound}" applies only to ${quotedList(ORDERED_SWITCHES)}; use "exactly" for "${lock.switch}"`,
      });
    }
  });
export type LawLock = z.output<typeof LawLockSchema>;
export type LawLockInput = z.input<typeof LawLockSchema>;

/**
 * One dated, cited layer of law (DOMAIN.md §9): who it belongs to, what kind of law it is, when it is in force,
 * how well it is checked, its sources, the switches it sets (defaults that a local policy may change) and
 * those it locks, and, in plain words, the mechanics it adds that no switch expresses yet.
 *
 * @example
 * LawLayerSchema.parse({
 *   id: 'us-ma/lunn-2017', jurisdiction: 'us-ma', kind: 'court-decision', title: 'Lunn v. Commonwealth',
 *   effectiveFrom: '2017-07-24', status: 'confirmed', citations: ['lunn-2017'],
 *   locks: [{ switch: 'stateLaw', value: 'no-authority-to-hold', reason: 'No authority to hold on a civil detainer.' }],
 * });
 */
export const LawLayerSchema = z
  .object({
    /** Stable id, `<jurisdiction>/<name>`, e.g. `us-nc/hb318-2025`. */
    id: z
      .string()
      .regex(
        /^[a-z0-9-]+(\/[a-z0-9.-]+)+$/,
        'id must look like "<jurisdiction>/<name>" in lower-case letters, digits, "-" and ".", e.g. "us-nc/hb318-2025"',
      ),
    jurisdiction: LawJurisdictionSchema,
    kind: LawLayerKindSchema,
    /** A short title, e.g. "North Carolina HB 318 (2025)". */
    title: z.string().trim().min(1, 'title must not be empty').max(160),
    /** What the layer does, in neutral words. */
    summary: z.string().max(2000).default(''),
    effectiveFrom: LawDateSchema,
    effectiveUntil: LawDateSchema.optional(),
    /**
     * How exact `effectiveFrom` is: see {@link LawDatePrecisionSchema}.
     */
    datePrecision: LawDatePrecisionSchema.default('day'),
    status: LawStatusSchema,
    citations: z.array(CitationIdSchema).min(1, 'cite at least one source (an id of the citation registry)').max(20),
    /** Switches the layer sets as defaults: a local policy may change them; a lower layer's value is replaced. */
    sets: LawSwitchesSchema.default({}),
    /** Switches the layer fixes or bounds, with the reason. */
    locks: z.array(LawLockSchema).max(10).default([]),
    /** For a court decision: the id of the layer (statute, regulation) whose text it reads; it outranks that layer. */
    reads: z.string().optional(),
    /**
     * For an option that is another reading of a layer: the id of that layer. With the option on, the replaced
     * layer is not applied (it is listed as replaced).
     */
    replaces: z.string().optional(),
    /**
     * An option, off by default: a reading that DOMAIN.md marks unverified or uncertain (§8), or a layer whose
     * coverage is unverified. `resolveLaw` applies it only when its id is in `options`.
     */
    option: z.boolean().default(false),
    /** Mechanics the layer adds that no switch expresses yet, in plain words (shown, not applied). */
    mechanics: z.array(z.string().max(600)).max(12).default([]),
    /** Caveats about dates, readings or sources. */
    notes: z.array(z.string().max(600)).max(12).default([]),
  })
  .strict()
  .superRefine((layer, ctx) => {
    if (layer.effectiveUntil !== undefined && layer.effectiveUntil <= layer.effectiveFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveUntil'],
        message: `effectiveUntil (${layer.effectiveUntil}) must be after effectiveFrom (${layer.effectiveFrom}): it is the first day the layer no longer applies`,
      });
    }
    if (layer.replaces !== undefined && !layer.option) {
      ctx.addIssue({
        code: 'custom',
        path: ['replaces'],
        message: 'only an option (option: true) can replace another layer: it is another reading of it',
      });
    }
    if (!layer.id.startsWith(`${layer.jurisdiction}/`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id must start with its jurisdiction: "${layer.jurisdiction}/…"`,
      });
    }
    if (layer.kind === 'local-policy' && layer.locks.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['locks'],
        message: 'a local policy cannot lock a switch; only law above it can (move the values to "sets")',
      });
    }
    const seen = new Set<string>();
    layer.locks.forEach((lock, i) => {
      if (seen.has(lock.switch)) {
        ctx.addIssue({ code: 'custom', path: ['locks', i, 'switch'], message: `"${lock.switch}" is locked twice` });
      }
      seen.add(lock.switch);
    });
  });
export type LawLayer = z.output<typeof LawLayerSchema>;
export type LawLayerInput = z.input<typeof LawLayerSchema>;

/** True when a layer is in force on `date` (`effectiveFrom <= date < effectiveUntil`). */
export function isLayerInForce(layer: Pick<LawLayer, 'effectiveFrom' | 'effectiveUntil'>, date: string): boolean {
  return layer.effectiveFrom <= date && (layer.effectiveUntil === undefined || date < layer.effectiveUntil);
}
