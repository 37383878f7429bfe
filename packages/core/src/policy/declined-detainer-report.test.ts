import { describe, expect, it } from 'vitest';
import { DDOR_FIRST_WEEK } from './declined-detainer-report.js';

describe('DDOR_FIRST_WEEK', () => {
  it('holds the figures of the first weekly report, with its citation', () => {
    expect(DDOR_FIRST_WEEK).toEqual({ detainersIssued: 3083, declined: 206, citations: ['ddor-2017'] });
  });
});
