import { z } from 'zod';
import { enCore as en } from '../text/en-core.js';

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

/** The short title of each outcome, as the machine's final states and every view show it (texts: text/en.ts). */
export const OUTCOME_TITLES: Readonly<Record<OutcomeCode, string>> = {
  'transferred-to-dhs': en['outcome.title.transferred-to-dhs'],
  'released-hold-expired': en['outcome.title.released-hold-expired'],
  'released-hold-declined': en['outcome.title.released-hold-declined'],
  'released-detainer-lifted': en['outcome.title.released-detainer-lifted'],
  'released-no-hold-requested': en['outcome.title.released-no-hold-requested'],
};
