import {
  CitationIdSchema,
  DetainerCaseInputSchema,
  DetainerEventSchema,
  DetainerKitError,
  fromZodError,
  HoldDeadlineReachedEventSchema,
  InstantSchema,
  OutcomeCodeSchema,
} from '@detainer-kit/core';
import { z } from 'zod';

/** The `format` of a saved case. */
export const PERSISTED_CASE_FORMAT = 'detainer-kit/case';
/** The one version of a saved case this SDK reads and writes. */
export const PERSISTED_CASE_VERSION = 1;

const OutcomeSchema = z
  .object({
    code: OutcomeCodeSchema,
    reason: z.string(),
    at: InstantSchema,
    text: z.string(),
    citations: z.array(CitationIdSchema),
  })
  .strict();

/** A timeline entry in a saved case. */
export const TimelineEntrySchema = z
  .object({
    seq: z.int().nonnegative(),
    at: InstantSchema,
    event: z.union([HoldDeadlineReachedEventSchema, DetainerEventSchema]),
    from: z.string(),
    to: z.string(),
    edge: z.string(),
    description: z.string(),
    citations: z.array(CitationIdSchema),
    explanation: z.string(),
    outcome: OutcomeSchema.nullable(),
  })
  .strict();

/**
 * A saved case (`DetainerCase.toJSON()`): its format and version, the virtual clock, the input it started
 * from, XState's persisted snapshot (checked in depth by core's `validatePersistedDetainerSnapshot`), the
 * timeline and the events.
 */
export const PersistedCaseSchema = z
  .object({
    format: z.literal(PERSISTED_CASE_FORMAT),
    version: z.literal(PERSISTED_CASE_VERSION),
    savedAt: InstantSchema,
    now: InstantSchema,
    input: DetainerCaseInputSchema,
    persisted: z.record(z.string(), z.unknown()),
    timeline: z.array(TimelineEntrySchema),
    events: z.array(DetainerEventSchema),
  })
  .strict();

/** Builds the `invalid-snapshot` error for one field of a saved case. */
export function invalidCase(field: string, message: string, cause?: unknown): DetainerKitError {
  return new DetainerKitError({
    code: 'invalid-snapshot',
    message: `Invalid saved case: ${field}: ${message}`,
    issues: [{ field, code: 'custom', message }],
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Parses a saved case (an object, or its JSON text) and checks its format and version first, so a document
 * from another tool or version gets a message that says so. Throws `invalid-snapshot`.
 */
export function parsePersistedCase(value: unknown): {
  parsed: z.output<typeof PersistedCaseSchema>;
  raw: Record<string, unknown>;
} {
  let doc: unknown = value;
  if (typeof value === 'string') {
    try {
      doc = JSON.parse(value);
    } catch (error) {
      throw invalidCase('', 'is not valid JSON', error);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw invalidCase('', 'expected the object returned by DetainerCase.toJSON()');
  }
  const raw = doc as Record<string, unknown>;
  if (raw.format !== PERSISTED_CASE_FORMAT) {
    throw invalidCase('format', `expected "${PERSISTED_CASE_FORMAT}", got ${JSON.stringify(raw.format) ?? 'nothing'}`);
  }
  if (raw.version !== PERSISTED_CASE_VERSION) {
    throw invalidCase(
      'version',
      `this version of @detainer-kit/sdk reads saved cases of version ${PERSISTED_CASE_VERSION} only, got ${JSON.stringify(raw.version) ?? 'nothing'}`,
    );
  }
  const result = PersistedCaseSchema.safeParse(raw);
  if (!result.success) throw fromZodError('invalid-snapshot', 'saved case', result.error);
  return { parsed: result.data, raw };
}

/** JSON text with object keys sorted, so two documents compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
