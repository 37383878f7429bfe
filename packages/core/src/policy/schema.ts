import { z } from 'zod';
import { type CitationId, CitationIdSchema } from '../citation-ids.js';
import { type CountingRuleChoice, CountingRuleSchema } from '../clock/counting-rule.js';
import { OffenseCategorySchema } from '../detainer/vocabulary.js';
import { quotedList } from '../quoted-list.js';

/**
 * When the custodian honors a request to hold (DOMAIN.md §5) [ilrc-map-2016]:
 * never; only with a judicial warrant or judicial probable-cause finding; only for listed offenses; always.
 */
export const HoldSwitchSchema = z.enum(['never', 'judicial-warrant', 'listed-offenses', 'always'], {
  error: 'hold must be "never", "judicial-warrant", "listed-offenses" or "always"',
});
export type HoldSwitch = z.infer<typeof HoldSwitchSchema>;

/**
 * When the custodian tells DHS of a release it asked to hear about [ilrc-map-2016]: never; only for listed
 * offenses; always (when requested); or `barred`: a law forbids any compliance with a detainer, notice and
 * hand-over included, as the Illinois TRUST Act does ("or otherwise comply with") [il-trust-805]. `never` is the
 * custodian's choice; `barred` is a prohibition, and the notice status says so (`barred-by-law`).
 */
export const NotifySwitchSchema = z.enum(['never', 'listed-offenses', 'always', 'barred'], {
  error: 'notify must be "never", "listed-offenses", "always" or "barred"',
});
export type NotifySwitch = z.infer<typeof NotifySwitchSchema>;

/**
 * When the custodian hands the person to DHS at release, when DHS is present (DOMAIN.md §5): never; only for listed
 * offenses (California allows transfer only for listed offenses [ca-gov-7284.6], [ca-sb54-digest]); always. The
 * same values as {@link NotifySwitchSchema}.
 */
export const TransferSwitchSchema = z.enum(['never', 'listed-offenses', 'always'], {
  error: 'transferAtRelease must be "never", "listed-offenses" or "always"',
});
export type TransferSwitch = z.infer<typeof TransferSwitchSchema>;

/**
 * `transferAtRelease` as written: a {@link TransferSwitchSchema} value, or a boolean as in earlier versions (`true`
 * is read as `"always"`, `false` as `"never"`).
 */
const TransferAtReleaseInputSchema = z.union(
  [TransferSwitchSchema, z.boolean().transform((b): TransferSwitch => (b ? 'always' : 'never'))],
  {
    error:
      'transferAtRelease must be "never", "listed-offenses" or "always" (true and false mean "always" and "never")',
  },
);

/**
 * Whether DHS may enter the facility and interview the person (DOMAIN.md §5) [psp-letters-2017]:
 * - `allowed` / `refused`: every interview request is granted / refused;
 * - `judicial-warrant-for-non-public-areas`: an interview in a public area is granted; one in a non-public area only
 *   with a judicial warrant (Colorado SB25-276, 2025) [co-sb25-276] (secondary);
 * - `written-consent`: an interview only with the person's written consent (California state prisons)
 *   [ca-gov-7284.6].
 * `ACCESS_REQUESTED` carries the area, the warrant and the consent these values read.
 */
export const AccessSwitchSchema = z.enum(
  ['allowed', 'refused', 'judicial-warrant-for-non-public-areas', 'written-consent'],
  {
    error: (): string => `access must be ${quotedList(AccessSwitchSchema.options)}`,
  },
);
export type AccessSwitch = z.infer<typeof AccessSwitchSchema>;

/**
 * A policy's choice of counting rule: `by-form` takes the rule from the detainer's form and era, or one of the
 * {@link CountingRuleSchema} rules overrides it.
 */
export const PolicyCountingRuleSchema = z.enum(['by-form', ...CountingRuleSchema.options], {
  error: (): string => `countingRule must be ${quotedList(PolicyCountingRuleSchema.options)}`,
});
export type PolicyCountingRule = z.infer<typeof PolicyCountingRuleSchema>;

/**
 * A hard deadline to notify ICE after release eligibility, beside the soft 48-hour advance notice:
 * - `none`: no such deadline;
 * - `within-2-hours`: notify ICE within two hours of the time the person would otherwise be released, as North
 *   Carolina HB 318 (2025) requires [nc-hb318-2025] (secondary; its effective date is unverified).
 */
export const NoticeAfterEligibilitySchema = z.enum(['none', 'within-2-hours'], {
  error: (): string => `noticeAfterEligibility must be ${quotedList(NoticeAfterEligibilitySchema.options)}`,
});
export type NoticeAfterEligibility = z.infer<typeof NoticeAfterEligibilitySchema>;

/**
 * Whether a person held on a detainer with an administrative warrant (I-200 or I-205) must be taken before a state
 * judicial official and held under a state court order:
 * - `not-required`: no such order is part of the hold;
 * - `required`: North Carolina HB 10 (from Dec 1, 2024) [nc-hb10-2024] (secondary): the person is taken before a
 *   state judicial official "without unnecessary delay" and held under a state court order. The law sets no number
 *   of hours, so the model sets none either: the case records the order as awaited, then entered at its instant,
 *   and flags it as missing only when the hold ends without one. Never fatal to the hold.
 */
export const StateJudicialOrderSchema = z.enum(['not-required', 'required'], {
  error: (): string => `stateJudicialOrder must be ${quotedList(StateJudicialOrderSchema.options)}`,
});
export type StateJudicialOrder = z.infer<typeof StateJudicialOrderSchema>;

/**
 * A limit on the hold set by state law, on top of the counting rule:
 * - `by-counting-rule`: the counting rule alone fixes the deadline (48 hours counted by `countingRule`);
 * - `calendar-48h-unless-judicial-warrant`: a hold over 48 hours needs a federal judicial warrant, as Georgia HB 1105
 *   (2024) says as introduced [ga-hb1105-2024] (unverified: the enacted text is not confirmed). Without a judicial
 *   warrant the deadline is capped at 48 elapsed hours from release eligibility, whatever the counting rule; with
 *   one, the counting rule's deadline stands.
 *
 * The North Carolina HB 318 count (48 hours from would-be release, no weekend exclusion) [nc-hb318-2025] needs no
 * value here: it is `countingRule: 'calendar'`.
 */
export const HoldLimitSchema = z.enum(['by-counting-rule', 'calendar-48h-unless-judicial-warrant'], {
  error: (): string => `holdLimit must be ${quotedList(HoldLimitSchema.options)}`,
});
export type HoldLimit = z.infer<typeof HoldLimitSchema>;

/**
 * The custodian's 287(g) agreement with ICE [ice-287g-models-2025], [crs-287g] (secondary):
 * - `none`: no agreement;
 * - `jail-enforcement-model`: trained jail officers screen people and issue detainers, so the detainer is lodged
 *   locally (the case records `lodgedBy: '287g-officer'`);
 * - `warrant-service-officer` (from 2019): delegated local officers serve ICE's administrative warrant (I-200 or
 *   I-205) inside the jail and transfer custody to ICE; they do not screen or issue detainers. A hold is then the
 *   service of that warrant.
 *
 * The agreement lives on the policy, not on the custodian record: it is a layer of rules the custodian works under,
 * read by the custodian's decision like state law, and a move to another custodian brings that custodian's policy,
 * agreement included.
 */
export const Agreement287gSchema = z.enum(['none', 'jail-enforcement-model', 'warrant-service-officer'], {
  error: (): string => `agreement287g must be ${quotedList(Agreement287gSchema.options)}`,
});
export type Agreement287g = z.infer<typeof Agreement287gSchema>;

/**
 * The state-law layer, which takes precedence over local policy:
 * - `none`: state law is silent; local policy decides;
 * - `no-authority-to-hold`: the custodian has no power to arrest on a civil detainer [lunn-2017];
 * - `mandated-compliance`: honor every request, unless the person proves citizenship or lawful status
 *   [tx-ccp-2.251].
 */
export const StateLawSchema = z.enum(['none', 'no-authority-to-hold', 'mandated-compliance'], {
  error: 'stateLaw must be "none", "no-authority-to-hold" or "mandated-compliance"',
});
export type StateLaw = z.infer<typeof StateLawSchema>;

/**
 * The policy's switches, one list: the policy schema below and the law layers (`LawSwitchesSchema`, which a layer
 * `sets` or `locks`) are both built from it, so a switch added here is a switch a layer can set.
 */
export const POLICY_SWITCH_SHAPE = {
  /** When a request to hold is honored. */
  hold: HoldSwitchSchema,
  /** When a request for notice of release is honored. */
  notify: NotifySwitchSchema,
  /** The offense categories that `listed-offenses` refers to. */
  listedOffenses: z.array(OffenseCategorySchema).max(5).default([]),
  /** Whether DHS may enter the facility and interview the person [psp-letters-2017]. */
  access: AccessSwitchSchema,
  /**
   * When the custodian hands the person to DHS at release when DHS is present: `never`, `listed-offenses` or
   * `always` (a boolean from earlier versions is read as `always` / `never`).
   */
  transferAtRelease: TransferAtReleaseInputSchema,
  /**
   * How the hold's 48 hours are counted. `by-form` takes the rule from the detainer's form and era;
   * the I-247A's rule is unverified, so a case that relies on it says so.
   */
  countingRule: PolicyCountingRuleSchema.default('by-form'),
  /** Refuse to hold on a detainer whose only basis is a biometric match and database records [gonzalez-cdcal-2020]. */
  rejectDatabaseOnlyBasis: z.boolean().default(false),
  /**
   * Honor a request to hold only when a neutral decision-maker reviewed its probable cause (or it comes with a
   * judicial warrant), as the Gonzalez settlement requires of covered ICE offices from Mar 4, 2025
   * [gonzalez-settlement-2025] (secondary). Which offices and areas the settlement covers is unverified, so
   * this is an option, off by default.
   */
  requireNeutralReview: z.boolean({ error: 'requireNeutralReview must be true or false' }).default(false),
  /**
   * A hard notification deadline counted from release eligibility (North Carolina HB 318: two hours)
   * [nc-hb318-2025]; a missed deadline is flagged, never fatal.
   */
  noticeAfterEligibility: NoticeAfterEligibilitySchema.default('none'),
  /**
   * A state judicial order before a hold on an administrative warrant (North Carolina HB 10) [nc-hb10-2024]
   * (secondary): recorded as awaited, entered or missing; never fatal.
   */
  stateJudicialOrder: StateJudicialOrderSchema.default('not-required'),
  /**
   * A hold limit set by state law on top of the counting rule (Georgia HB 1105 as introduced: over 48 hours only
   * with a federal judicial warrant) [ga-hb1105-2024] (unverified; off by default).
   */
  holdLimit: HoldLimitSchema.default('by-counting-rule'),
  /** The custodian's 287(g) agreement with ICE [ice-287g-models-2025], [crs-287g] (secondary). */
  agreement287g: Agreement287gSchema.default('none'),
  /**
   * Read a Warrant Service Officer's service of an I-200 or I-205 as outside a state "no authority to hold" rule
   * [lunn-2017], [ramon-2020], so the hold proceeds as warrant service. Whether it is outside is an open question
   * (unverified): an option, off by default; it matters only with `agreement287g: 'warrant-service-officer'` and
   * `stateLaw: 'no-authority-to-hold'`.
   */
  warrantServiceOutsideNoAuthority: z
    .boolean({ error: 'warrantServiceOutsideNoAuthority must be true or false' })
    .default(false),
  /**
   * Give the person a copy of the detainer's request and say whether the custodian will comply, as California
   * state prisons must (Gov. Code 7284.10) [ca-gov-7284.6] and New Jersey's directive asks (AG forms)
   * [nj-directive-2018-6]: a duty recorded on the case when a detainer is lodged, flagged when not performed,
   * never fatal.
   */
  informPersonOfRequest: z.boolean({ error: 'informPersonOfRequest must be true or false' }).default(false),
  /**
   * Advise the person of their rights before an ICE interview (California [ca-gov-7284.6], Colorado [co-hb19-1124],
   * [co-sb25-276], New Jersey [nj-directive-2018-6]): a duty recorded when an interview request is granted, flagged
   * when not performed, never fatal.
   */
  adviseRightsBeforeInterview: z.boolean({ error: 'adviseRightsBeforeInterview must be true or false' }).default(false),
  /**
   * Allow handing the person to DHS before release eligibility while a detainer is in effect: Florida SB 168 (a
   * court may reduce a sentence by up to 12 days so DHS takes custody before release) [fl-sb168-2019], Iowa ch.
   * 27A (the end of a sentence may be served in federal custody) [ia-27a-2018].
   */
  transferBeforeRelease: z.boolean({ error: 'transferBeforeRelease must be true or false' }).default(false),
  /** The state-law layer, which takes precedence over the local switches. */
  stateLaw: StateLawSchema.default('none'),
};

/** The names of the policy's switches, in the schema's order. */
export type PolicySwitchKey = keyof typeof POLICY_SWITCH_SHAPE;

/** The switches that have a default, with it: what a policy that says nothing about them means. */
export const POLICY_SWITCH_DEFAULTS: Partial<JurisdictionPolicy> = Object.fromEntries(
  Object.entries(POLICY_SWITCH_SHAPE).flatMap(([key, schema]) =>
    schema instanceof z.ZodDefault ? [[key, schema.parse(undefined)]] : [],
  ),
);
export const POLICY_SWITCH_KEYS = Object.keys(POLICY_SWITCH_SHAPE) as unknown as readonly [
  PolicySwitchKey,
  ...PolicySwitchKey[],
];

/**
 * A custodian's policy as independent switches, not one label (DOMAIN.md §5) [ilrc-map-2016],
 * [ilrc-state-appendix].
 *
 * @example
 * const policy = JurisdictionPolicySchema.parse({
 *   name: 'Notify only',
 *   hold: 'never',
 *   notify: 'always',
 *   access: 'refused',
 *   transferAtRelease: 'never',
 * });
 */
export const JurisdictionPolicySchema = z
  .object({
    /** A short name shown to people, e.g. "Judicial warrant required". */
    name: z.string().trim().min(1, 'name must not be empty').max(120),
    /** A neutral one-paragraph description. */
    description: z.string().max(2000).optional(),
    ...POLICY_SWITCH_SHAPE,
    /** Sources for this policy (ids from the citation registry). */
    citations: z.array(CitationIdSchema).max(20).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const listed = [p.hold, p.notify, p.transferAtRelease].includes('listed-offenses');
    if (listed && p.listedOffenses.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['listedOffenses'],
        message:
          'hold, notify or transferAtRelease is "listed-offenses": list at least one offense category in listedOffenses',
      });
    }
  });
/** A parsed policy (defaults filled in). */
export type JurisdictionPolicy = z.output<typeof JurisdictionPolicySchema>;
/** A policy as written by a person (defaults may be left out). */
export type JurisdictionPolicyInput = z.input<typeof JurisdictionPolicySchema>;

/** Which layer a reason comes from. */
export type PolicyLayer = 'detainer' | 'federal' | 'state-law' | 'local-policy';

/** One step of the custodian's reasoning, with the sources that justify it. */
export interface DecisionReason {
  /** Stable machine-readable code, e.g. `state-law-no-authority`. */
  readonly code: string;
  /** The layer the reason comes from. */
  readonly layer: PolicyLayer;
  /** What applies to this request, in plain, neutral words. */
  readonly text: string;
  readonly citations: readonly CitationId[];
}

/** What the custodian will do with one detainer under a resolved policy. */
export interface CustodianDecision {
  /** `honor-hold` (hold requested and allowed), `notify-only` (notice, no hold) or `decline` (neither). */
  readonly disposition: 'honor-hold' | 'notify-only' | 'decline';
  readonly hold: { readonly requested: boolean; readonly allowed: boolean };
  readonly notice: { readonly requested: boolean; readonly allowed: boolean };
  /**
   * DHS interviews in the facility allowed without conditions (independent of the detainer); `false` for `refused`
   * and for the conditional values (`judicial-warrant-for-non-public-areas`, `written-consent`), where each request
   * is decided on its own (`resolveAccess`).
   */
  readonly access: boolean;
  /**
   * Hand the person to DHS at release when DHS is present: the transfer switch applied to this person (for
   * `listed-offenses`, whether their offenses include a listed one).
   */
  readonly transferAtRelease: boolean;
  readonly countingRule: CountingRuleChoice;
  /**
   * The decisive reason on the hold: the step of `reasons` that settled whether a hold is honored (for a
   * detainer that asks for no hold, the reason saying so). Outcomes quote it.
   */
  readonly holdReason: DecisionReason;
  /** The decisive reason on notice, likewise (for a detainer that asks for no notice, the reason saying so). */
  readonly noticeReason: DecisionReason;
  /** Every step of the reasoning, state law first. */
  readonly reasons: readonly DecisionReason[];
}
