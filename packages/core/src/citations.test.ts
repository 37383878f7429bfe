import { describe, expect, it } from 'vitest';
import { CITATION_IDS, CITATIONS, CitationIdSchema, getCitation, isCitationId } from './citations.js';

describe('the citation registry', () => {
  it('lists every registry entry in CITATION_IDS, in registry order, each under its own id', () => {
    expect(Object.keys(CITATIONS)).toEqual([...CITATION_IDS]);
    for (const id of CITATION_IDS) expect(getCitation(id).id).toBe(id);
  });

  it('accepts registry ids and refuses anything else', () => {
    expect(isCitationId('cfr-287.7-d')).toBe(true);
    expect(isCitationId('toString')).toBe(false);
    expect(isCitationId('cfr-287.7')).toBe(false);
    expect(CitationIdSchema.safeParse('lunn-2017').success).toBe(true);
    expect(CitationIdSchema.safeParse('not-a-source').success).toBe(false);
  });
});
