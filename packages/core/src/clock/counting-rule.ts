import { z } from 'zod';
import type { CitationId } from '../citations.js';
import type { DetainerForm } from '../detainer/vocabulary.js';
import { enCore as en } from '../text/en-core.js';

/**
 * How the 48 hours of a hold are counted (DOMAIN.md §3):
 * - `calendar`: 48 elapsed hours;
 * - `excludeWeekendsAndHolidays`: 48 hours counted only on weekdays that are not US federal holidays
 *   (observed dates), in the custodian's time zone [cfr-287.7-d].
 */
export const CountingRuleSchema = z.enum(['calendar', 'excludeWeekendsAndHolidays'], {
  error: 'countingRule must be "calendar" or "excludeWeekendsAndHolidays"',
});
export type CountingRule = z.infer<typeof CountingRuleSchema>;

/** The counting rule that applies to a detainer, and where it came from. */
export interface CountingRuleChoice {
  readonly rule: CountingRule;
  /** `policy` when the policy overrides; `form` when taken from the detainer's form and era. */
  readonly source: 'policy' | 'form';
  /** True when the rule rests on an unverified reading (the I-247A's 48 hours). */
  readonly unverified: boolean;
  readonly text: string;
  readonly citations: readonly CitationId[];
}

/**
 * Chooses how a hold's 48 hours are counted for one detainer (DOMAIN.md §3).
 *
 * - A policy that names `calendar` or `excludeWeekendsAndHolidays` overrides the form.
 * - Otherwise the form and era decide: the I-247 and the PEP-era forms follow the regulation's count,
 *   "excluding Saturdays, Sundays, and holidays" [cfr-287.7-d]. The I-247A (2017) says "not to exceed
 *   48 hours beyond the time when he or she would otherwise have been released" [i247a-form]; whether that
 *   excludes weekends and holidays is unverified, so the form's own words (48 elapsed hours) are used and the
 *   choice is marked `unverified` for every view to show.
 *
 * @example
 * resolveCountingRule('I-247A', 'by-form') // { rule: 'calendar', source: 'form', unverified: true, … }
 */
export function resolveCountingRule(form: DetainerForm, override: 'by-form' | CountingRule): CountingRuleChoice {
  if (override !== 'by-form') {
    return {
      rule: override,
      source: 'policy',
      unverified: false,
      text: en[`counting.policy.${override}`],
      citations: override === 'calendar' ? ['i247a-form'] : ['cfr-287.7-d'],
    };
  }
  if (form === 'I-247A') {
    return {
      rule: 'calendar',
      source: 'form',
      unverified: true,
      text: en['counting.form.I-247A'],
      citations: ['i247a-form', 'cfr-287.7-d'],
    };
  }
  return {
    rule: 'excludeWeekendsAndHolidays',
    source: 'form',
    unverified: false,
    text: en['counting.form.regulation'].replace('{form}', form),
    citations: ['cfr-287.7-d'],
  };
}
