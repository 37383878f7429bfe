import { DETAINER_KIT_ERROR_CODES, DetainerKitError, type DetainerKitErrorCode } from '@detainer-kit/core';

/**
 * The stable error codes of the SDK: the core's {@link DetainerKitErrorCode}s, plus
 * - `invalid-scenario`: a scenario file or share link that failed its schema;
 * - `invalid-lesson`: a lesson file that failed its schema or does not fit its scenario;
 * - `invalid-law-layers`: a law-layer file that failed its schema or does not fit the library.
 *
 * Every SDK error is a `DetainerKitError` (the core's class), so `DetainerKitError.isInstance` finds it; match on
 * `code`, never on `message`.
 */
export type DetainerSdkErrorCode = (typeof DETAINER_SDK_ERROR_CODES)[number];

/** A `DetainerKitError` raised by the SDK or the core: its `code` is a {@link DetainerSdkErrorCode}. */
export type DetainerSdkError = DetainerKitError<DetainerSdkErrorCode>;

/** The SDK's error codes ({@link DetainerSdkErrorCode}): the core's, then the SDK's own. */
export const DETAINER_SDK_ERROR_CODES = Object.freeze([
  ...DETAINER_KIT_ERROR_CODES,
  'invalid-scenario',
  'invalid-lesson',
  'invalid-law-layers',
] as const);

/**
 * True for a `DetainerKitError` (from any copy of the packages) whose code is one of the SDK's; narrows `code` to
 * {@link DetainerSdkErrorCode}.
 *
 * @example
 * try { parseScenario(json) } catch (e) {
 *   if (isDetainerSdkError(e) && e.code === 'invalid-scenario') console.log(e.issues[0]?.field);
 * }
 */
export function isDetainerSdkError(value: unknown): value is DetainerSdkError {
  return DetainerKitError.isInstance(value) && (DETAINER_SDK_ERROR_CODES as readonly string[]).includes(value.code);
}
