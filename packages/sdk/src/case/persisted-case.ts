import {
  CitationIdSchema,
  DetainerCaseInputSchema,
  DetainerEventSchema,
  DetainerKitError,
  expandCaseLaw,
  fromZodError,
  HoldDeadlineReachedEventSchema,
  InstantSchema,
  MAX_CASE_EVENTS,
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

/**
 * The deepest nesting of objects and arrays a saved case may have. A real one is about 10 levels deep (the
 * policy inside the persisted snapshot); a deeper document is refused before anything walks it, so it cannot
 * exhaust the stack.
 */
export const MAX_PERSISTED_CASE_DEPTH = 64;

/**
 * At most this many timeline entries per event of a saved case (a lodged detainer passes through `deciding`:
 * two entries), plus one for the hold deadline. Only a bound checked before parsing; the replay checks the
 * timeline exactly.
 */
const MAX_ENTRIES_PER_EVENT = 4;

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

/** True if `value` nests objects and arrays deeper than `max` (walked without recursion). */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

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
  const raw = withExpandedLaw(doc as Record<string, unknown>);
  if (raw.format !== PERSISTED_CASE_FORMAT) {
    throw invalidCase('format', `expected "${PERSISTED_CASE_FORMAT}", got ${JSON.stringify(raw.format) ?? 'nothing'}`);
  }
  if (raw.version !== PERSISTED_CASE_VERSION) {
    throw invalidCase(
      'version',
      `this version of @detainer-kit/sdk reads saved cases of version ${PERSISTED_CASE_VERSION} only, got ${JSON.stringify(raw.version) ?? 'nothing'}`,
    );
  }
  if (deeperThan(raw, MAX_PERSISTED_CASE_DEPTH)) {
    throw invalidCase(
      '',
      `nests objects or arrays more than ${MAX_PERSISTED_CASE_DEPTH} levels deep; a saved case is never that deep: the document was edited or is damaged`,
    );
  }
  if (Array.isArray(raw.events) && raw.events.length > MAX_CASE_EVENTS) {
    throw invalidCase(
      'events',
      `a case has at most ${MAX_CASE_EVENTS} events; this one has ${raw.events.length}: the document was edited or is damaged`,
    );
  }
  const maxEntries = MAX_ENTRIES_PER_EVENT * (Array.isArray(raw.events) ? raw.events.length : 0) + 1;
  if (Array.isArray(raw.timeline) && raw.timeline.length > maxEntries) {
    throw invalidCase(
      'timeline',
      `has ${raw.timeline.length} entries, more than its ${Array.isArray(raw.events) ? raw.events.length : 0} events can give: the document was edited or is damaged`,
    );
  }
  const result = PersistedCaseSchema.safeParse(raw);
  if (!result.success) throw fromZodError('invalid-snapshot', 'saved case', result.error);
  return { parsed: result.data, raw };
}

/**
 * JSON text with object keys sorted, so two documents compare equal whatever their key order. Recursive: call it
 * only on a value checked against {@link MAX_PERSISTED_CASE_DEPTH} (or built by the case itself).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A case saved while its law spec did not yet carry its jurisdiction's layers (`library`): the spec expanded from
 * the library, in the input and the saved context, so that it restores to the same case. A spec that does not
 * expand is left as it is, for the schema to name what is wrong.
 */
function withExpandedLaw(raw: Record<string, unknown>): Record<string, unknown> {
  const expand = (law: unknown): unknown => {
    if (!isRecord(law) || 'library' in law) return law;
    try {
      return expandCaseLaw(law);
    } catch {
      return law;
    }
  };
  const { input, persisted } = raw;
  const context = isRecord(persisted) ? persisted.context : undefined;
  return {
    ...raw,
    ...(isRecord(input) && 'law' in input ? { input: { ...input, law: expand(input.law) } } : {}),
    ...(isRecord(persisted) && isRecord(context) && 'law' in context
      ? { persisted: { ...persisted, context: { ...context, law: expand(context.law) } } }
      : {}),
  };
}
