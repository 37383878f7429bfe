import { DETAINER_KIT_ERROR_CODES, DetainerKitError, parseDetainerEvent } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { DETAINER_SDK_ERROR_CODES, isDetainerSdkError } from './errors.js';
import { parseLesson } from './lesson/parse.js';
import { parseScenario } from './scenario/parse.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('SDK error codes', () => {
  it('does extend the core codes with the SDK-only invalid-scenario and invalid-lesson, which the core does not list', () => {
    expect(DETAINER_SDK_ERROR_CODES).toEqual([
      ...DETAINER_KIT_ERROR_CODES,
      'invalid-scenario',
      'invalid-lesson',
      'invalid-law-layers',
    ]);
    expect(DETAINER_KIT_ERROR_CODES).not.toContain('invalid-scenario');
    expect(DETAINER_KIT_ERROR_CODES).not.toContain('invalid-lesson');
  });

  it('does recognise core and SDK errors on the same DetainerKitError base, and nothing else', () => {
    const scenario = thrown(() => parseScenario({ format: 'nope' }));
    const lesson = thrown(() => parseLesson({ format: 'nope' }));
    const event = thrown(() => parseDetainerEvent({ type: 'NOPE' }));
    for (const error of [scenario, lesson, event]) {
      expect(DetainerKitError.isInstance(error)).toBe(true);
      expect(isDetainerSdkError(error)).toBe(true);
    }
    expect((scenario as DetainerKitError).code).toBe('invalid-scenario');
    expect((lesson as DetainerKitError).code).toBe('invalid-lesson');
    expect(isDetainerSdkError(new Error('plain'))).toBe(false);
    expect(isDetainerSdkError(new DetainerKitError({ code: 'some-other-package-code', message: 'x' }))).toBe(false);
  });
});
