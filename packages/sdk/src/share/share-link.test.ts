import { DetainerKitError } from '@detainer-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenario/library.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LINK_LENGTH, SHARE_LINK_PREFIX } from './share-link.js';

const scenario = getScenario('notify-only');

function refusal(text: string): DetainerKitError {
  try {
    decodeShareLink(text);
  } catch (error) {
    if (DetainerKitError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected decodeShareLink to throw');
}

const linkOf = (payload: unknown) => SHARE_LINK_PREFIX + encodeBase64Url(JSON.stringify(payload));

describe('base64url', () => {
  it('round-trips any string, URL-safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeBase64Url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64Url(encoded)).toBe(text);
      }),
    );
  });

  it('refuses text that is not base64url or not UTF-8', () => {
    expect(decodeBase64Url('a+b/')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
    expect(decodeBase64Url('_w')).toBeNull(); // 0xff: not UTF-8
  });
});

describe('share links', () => {
  it('round-trips a scenario and a position', () => {
    const link = encodeShareLink({ scenario, position: 3 });
    expect(link.startsWith(SHARE_LINK_PREFIX)).toBe(true);
    expect(link).toMatch(/^dk1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareLink(link)).toEqual({ scenario, position: 3 });
    expect(decodeShareLink(`#${link}`)).toEqual({ scenario, position: 3 });
  });

  it('keeps markup in texts as plain strings', () => {
    const title = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const hostile = { ...scenario, title, description: '"></a><svg onload=alert(1)>' };
    const decoded = decodeShareLink(encodeShareLink({ scenario: hostile, position: 0 }));
    expect(decoded.scenario.title).toBe(title);
    expect(decoded.scenario.description).toBe(hostile.description);
  });

  it('refuses links over 16 kB without decoding them', () => {
    const error = refusal(SHARE_LINK_PREFIX + 'A'.repeat(MAX_SHARE_LINK_LENGTH + 10));
    expect(error.code).toBe('invalid-scenario');
    expect(error.message).toContain('limit');
  });

  it('refuses to encode a scenario whose link would be over 16 kB', () => {
    const long = 'x'.repeat(1900);
    const big = {
      ...scenario,
      description: long,
      steps: Array.from({ length: 20 }, (_, i) => ({
        at: `2024-11-05T1${Math.floor(i / 10)}:0${i % 10}:00-05:00`,
        event: {
          type: 'CUSTODY_MOVED' as const,
          custodian: { id: `c${i}`, name: 'n'.repeat(150), kind: 'county-jail' as const, timeZone: 'America/New_York' },
          policy: {
            name: 'p',
            description: long,
            hold: 'never' as const,
            notify: 'never' as const,
            access: 'refused' as const,
            transferAtRelease: false,
          },
        },
      })),
    };
    expect(() => encodeShareLink({ scenario: big, position: 0 })).toThrow(/over the 16384 limit/);
  });

  it('refuses bad base64, bad JSON, another version and other text', () => {
    expect(refusal('dk1.***').message).toContain('not valid base64url');
    expect(refusal(SHARE_LINK_PREFIX + encodeBase64Url('{not json')).message).toContain('not JSON');
    expect(refusal(`dk2.${encodeBase64Url('{}')}`).message).toContain('version 2');
    expect(refusal('https://example.org/').message).toContain('not a detainer-kit share link');
  });

  it('refuses a bad position and an invalid scenario, naming the field', () => {
    expect(refusal(linkOf({ scenario, position: -1 })).issues[0]?.field).toBe('position');
    expect(refusal(linkOf({ scenario, position: 1001 })).issues[0]?.field).toBe('position');
    expect(refusal(linkOf({ scenario, position: 1.5 })).issues[0]?.field).toBe('position');
    const bad = {
      ...scenario,
      steps: [{ at: scenario.steps[0]?.at, event: { type: 'RELEASE_ELIGIBLE', reason: 'x' } }],
    };
    const error = refusal(linkOf({ scenario: bad, position: 0 }));
    expect(error.issues[0]?.field).toBe('scenario.steps.0.event.reason');
    expect(error.message).toMatch(/^Invalid share link: scenario\.steps\.0\.event\.reason/);
  });

  it('does not let __proto__ or constructor keys pollute Object.prototype', () => {
    const texts = [
      `{"__proto__":{"polluted":true},"scenario":${JSON.stringify(scenario)},"position":0}`,
      `{"scenario":{"__proto__":{"polluted":true}},"position":0}`,
      `{"scenario":${JSON.stringify({ ...scenario, policy: { preset: 'notify-only', overrides: {} } }).replace('"overrides":{}', '"overrides":{"__proto__":{"polluted":true}}')},"position":0}`,
      `{"scenario":${JSON.stringify(scenario).replace('"steps":', '"constructor":{"prototype":{"polluted":true}},"steps":')},"position":0}`,
    ];
    for (const text of texts) {
      expect(() => decodeShareLink(SHARE_LINK_PREFIX + encodeBase64Url(text))).toThrow(DetainerKitError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });

  it('never throws anything but a DetainerKitError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => SHARE_LINK_PREFIX + s),
          fc.json().map((j) => SHARE_LINK_PREFIX + encodeBase64Url(j)),
        ),
        (text) => {
          try {
            decodeShareLink(text);
          } catch (error) {
            expect(DetainerKitError.isInstance(error)).toBe(true);
          }
        },
      ),
    );
  });
});
