import type { z } from 'zod';

const MARKER = Symbol.for('detainer-kit.error');

/**
 * The stable error codes of the core. Match on `code`, never on `message`.
 * - `invalid-event`: an event failed its schema;
 * - `invalid-policy`: a policy failed its schema;
 * - `invalid-input`: other input (a detainer, custodian, machine input, …) failed its schema;
 * - `event-not-allowed`: a well-formed event that the case cannot take in its current state;
 * - `invalid-snapshot`: a persisted case that is malformed, tampered with or of another version.
 *
 * Packages built on the core add their own codes on the same {@link DetainerKitError} (the SDK's
 * `DetainerSdkErrorCode` adds `invalid-scenario`).
 */
export type DetainerKitErrorCode = (typeof DETAINER_KIT_ERROR_CODES)[number];

/** The core's error codes ({@link DetainerKitErrorCode}), as a list. */
export const DETAINER_KIT_ERROR_CODES = Object.freeze([
  'invalid-event',
  'invalid-policy',
  'invalid-input',
  'event-not-allowed',
  'invalid-snapshot',
] as const);

/**
 * The code of a {@link DetainerKitError} of unknown origin: one of the core's, or one a package built on the core
 * added (spelled out in that package's own union, e.g. the SDK's `DetainerSdkErrorCode`).
 */
export type AnyDetainerKitErrorCode = DetainerKitErrorCode | (string & {});

/** One problem with an input, as data: where it is, what is wrong, how to fix it. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `detainer.requests.hold`; empty for the whole value. */
  readonly field: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The zod issue code (`invalid_type`, `custom`, …). */
  readonly code: string;
}

export interface DetainerKitErrorOptions<Code extends string = AnyDetainerKitErrorCode> {
  readonly code: Code;
  readonly message: string;
  readonly issues?: readonly InputIssue[];
  readonly cause?: unknown;
}

/**
 * The one error type of detainer-kit. Bad input is data first (`issues`), with a message that names the
 * field and the fix. `Code` is the union of codes it may carry: the core's functions throw
 * `DetainerKitError<DetainerKitErrorCode>`; a bare `DetainerKitError` may carry any package's code.
 *
 * @example
 * try { parseDetainerEvent({ type: 'RELEASE_ELIGIBLE' }) } catch (e) {
 *   if (DetainerKitError.isInstance(e)) console.log(e.code, e.issues[0]?.field) // "invalid-event" "at"
 * }
 */
export class DetainerKitError<Code extends string = AnyDetainerKitErrorCode> extends Error {
  override readonly name = 'DetainerKitError';
  readonly code: Code;
  readonly issues: readonly InputIssue[];
  readonly [MARKER] = true;

  constructor(options: DetainerKitErrorOptions<Code>) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.issues = options.issues ?? [];
  }

  /**
   * True for any DetainerKitError, even one from another copy of the package, whichever package raised it
   * (so its `code` may be one a package built on the core added).
   */
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
export function fromZodError<Code extends string = DetainerKitErrorCode>(
  code: Code,
  what: string,
  error: z.ZodError,
  prefix = '',
): DetainerKitError<Code> {
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
export function parseWith<S extends z.ZodType, Code extends string = DetainerKitErrorCode>(
  schema: S,
  value: unknown,
  code: Code,
  what: string,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(code, what, result.error, prefix);
  return result.data;
}
