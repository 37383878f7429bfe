import { enCore as en } from './text/en-core.js';

/**
 * What every view of a result must say, and the date of the law the model follows. One home for the
 * disclaimer so the SDK, the CLI and the demo show the same words.
 */
export const MODEL_INFO = {
  disclaimer: en['model.disclaimer'],
  /** The last date of the legal sources the model was checked against (shared/DOMAIN.md). */
  lawAsOf: '2021-08-12',
  lawAsOfText: en['model.lawAsOfText'],
} as const;
