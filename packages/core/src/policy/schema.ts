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
    adviseRightsBeforeInterview: z
      .boolean({ error: 'adviseRightsBeforeInterview must be true or false' })
      .default(false),
    /**
     * Allow handing the person to DHS before release eligibility while a detainer is in effect: Florida SB 168 (a
     * court may reduce a sentence by up to 12 days so DHS takes custody before release) [fl-sb168-2019], Iowa ch.
     * 27A (the end of a sentence may be served in federal custody) [ia-27a-2018].
     */
    transferBeforeRelease: z.boolean({ error: 'transferBeforeRelease must be true or false' }).default(false),
    /** The state-law layer, which takes precedence over the local switches. */
    stateLaw: StateLawSchema.default('none'),
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
