import { z } from 'zod';

/** The outcome codes: exactly one ends every case (DOMAIN.md §2.7). */
export const OUTCOME_CODES = [
  'transferred-to-dhs',
  'released-hold-expired',
  'released-hold-declined',
  'released-detainer-lifted',
  'released-no-hold-requested',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];
export const OutcomeCodeSchema = z.enum(OUTCOME_CODES);

/** The short title of each outcome, as the machine's final states and every view show it. */
export const OUTCOME_TITLES: Readonly<Record<OutcomeCode, string>> = {
  'transferred-to-dhs': 'Transferred to DHS',
  'released-hold-expired': 'Released: hold expired',
  'released-hold-declined': 'Released: hold declined',
  'released-detainer-lifted': 'Detainer lifted',
  'released-no-hold-requested': 'Released: no hold requested',
};
