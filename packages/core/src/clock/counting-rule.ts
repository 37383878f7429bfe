import type { DetainerForm } from '../detainer/vocabulary.js';
import type { CountingRuleChoice, JurisdictionPolicy } from '../policy/schema.js';

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
export function resolveCountingRule(
  form: DetainerForm,
  override: JurisdictionPolicy['countingRule'],
): CountingRuleChoice {
  if (override !== 'by-form') {
    return {
      rule: override,
      source: 'policy',
      unverified: false,
      text:
        override === 'calendar'
          ? 'The policy counts the 48 hours as elapsed time, weekends and holidays included.'
          : 'The policy counts the 48 hours on weekdays only, leaving out Saturdays, Sundays and federal holidays.',
      citations: override === 'calendar' ? ['i247a-form'] : ['cfr-287.7-d'],
    };
  }
  if (form === 'I-247A') {
    return {
      rule: 'calendar',
      source: 'form',
      unverified: true,
      text: 'The I-247A asks for a hold "not to exceed 48 hours beyond the time when he or she would otherwise have been released". Whether weekends and holidays are left out of that count is unverified; this case counts 48 elapsed hours. Set the policy\'s counting rule to "excludeWeekendsAndHolidays" to apply the regulation\'s weekday count instead.',
      citations: ['i247a-form', 'cfr-287.7-d'],
    };
  }
  return {
    rule: 'excludeWeekendsAndHolidays',
    source: 'form',
    unverified: false,
    text: `An ${form} hold follows the regulation: "not to exceed 48 hours, excluding Saturdays, Sundays, and holidays".`,
    citations: ['cfr-287.7-d'],
  };
}
