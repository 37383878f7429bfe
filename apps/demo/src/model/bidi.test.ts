import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';

describe('isolate', () => {
  it('wraps text in a first-strong isolate that is closed', () => {
    const t = isolate('Evil \u202Eeltit');
    expect(t.startsWith('\u2068')).toBe(true);
    expect(t.endsWith('\u2069')).toBe(true);
    expect(t.slice(1, -1)).toBe('Evil \u202Eeltit');
  });
});
