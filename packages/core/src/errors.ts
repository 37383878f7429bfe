import type { z } from 'zod';

const MARKER = Symbol.for('detainer-kit.error');

/**
 * Stable error codes. Match on `code`, never on `message`.
 * - `invalid-event`: an event failed its schema;
 * - `invalid-policy`: a policy failed its schema;
 * - `invalid-input`: other input (a detainer, custodian, machine input, …) failed its schema;
 * - `event-not-allowed`: a well-formed event that the case cannot take in its current state;
 * - `invalid-snapshot`: a persisted case that is malformed, tampered with or of another version;
 * - `invalid-scenario`: a scenario file that failed its schema.
 */
export type DetainerKitErrorCode =
  | 'invalid-event'
  | 'invalid-policy'
  | 'invalid-input'
  | 'event-not-allowed'
  | 'invalid-snapshot'
  | 'invalid-scenario';

/** One problem with an input, as data: where it is, what is wrong, how to fix it. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `detainer.requests.hold`; empty for the whole value. */
  readonly field: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The zod issue code (`invalid_type`, `custom`, …). */
  readonly code: string;
}

export interface DetainerKitErrorOptions {
  readonly code: DetainerKitErrorCode;
  readonly message: string;
  readonly issues?: readonly InputIssue[];
  readonly cause?: unknown;
}

/**
 * The one error type of detainer-kit. Bad input is data first (`issues`), with a message that names the
 * field and the fix.
 *
 * @example
 * try { parseDetainerEvent({ type: 'RELEASE_ELIGIBLE' }) } catch (e) {
 *   if (DetainerKitError.isInstance(e)) console.log(e.code, e.issues[0]?.field) // "invalid-event" "at"
 * }
 */
export class DetainerKitError extends Error {
  override readonly name = 'DetainerKitError';
  readonly code: DetainerKitErrorCode;
  readonly issues: readonly InputIssue[];
  readonly [MARKER] = true;

  constructor(options: DetainerKitErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.issues = options.issues ?? [];
  }

  /** True for any DetainerKitError, even one from another copy of the package. */
  static isInstance(value: unknown): value is DetainerKitError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}

/** Turns zod issues into {@link InputIssue}s with dotted field paths (prefixed by `prefix` when given). */
export function toInputIssues(error: z.ZodError, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return {
      field: [prefix, path].filter(Boolean).join('.'),
      message: issue.message,
      code: issue.code,
    };
  });
}

/** Builds the project error from a failed zod parse; the message names the first field and its fix. */
export function fromZodError(
  code: DetainerKitErrorCode,
  what: string,
  error: z.ZodError,
  prefix = '',
): DetainerKitError {
  const issues = toInputIssues(error, prefix);
  const first = issues[0];
  const where = first?.field ? `${first.field}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new DetainerKitError({
    code,
    message: `Invalid ${what}: ${where}${first?.message ?? 'unknown problem'}${more}`,
    issues,
    cause: error,
  });
}

/**
 * Parses `value` with `schema`, or throws a {@link DetainerKitError} with the given code.
 * The generic helper behind every `parse…` function of the package.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: DetainerKitErrorCode,
  what: string,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(code, what, result.error, prefix);
  return result.data;
}
