import { createCase, type EventAvailability, getMachineGraph } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { toTeachingGraph } from './teaching-graph';
import { arrowStatus, arrowTaken, CLOCK_EVENT, takenEventOf } from './teaching-view';

const titleOf = (id: string) => `“${id}” title`.replace(/“|”/g, '');
const allowed = (type: EventAvailability['type']): EventAvailability => ({
  type,
  allowed: true,
  why: null,
  citations: [],
});

describe('arrowStatus', () => {
  const arrow = { event: 'RELEASE_ELIGIBLE', eventSources: ['a.b'], edgeIds: ['e1'] };
  it('is available when the case is in a source state and the SDK allows the event', () => {
    expect(arrowStatus(arrow, 'a.b', [allowed('RELEASE_ELIGIBLE')], titleOf)).toEqual({ available: true });
    expect(arrowStatus({ ...arrow, eventSources: ['a'] }, 'a.b', [allowed('RELEASE_ELIGIBLE')], titleOf)).toEqual({
      available: true,
    });
  });
  it('says where the event leaves from when the case is elsewhere', () => {
    const s = arrowStatus(arrow, 'c', [allowed('RELEASE_ELIGIBLE')], titleOf);
    expect(s.available).toBe(false);
    if (!s.available) expect(s.why).toBe('Only from “a.b title”; the case is in “c title”.');
  });
  it('passes on the SDK’s reason for a blocked event', () => {
    const blocked: EventAvailability = { type: 'RELEASE_ELIGIBLE', allowed: false, why: 'Because.', citations: [] };
    expect(arrowStatus(arrow, 'a.b', [blocked], titleOf)).toEqual({ available: false, why: 'Because.' });
  });
  it('uses the real availability of a case', () => {
    const c = createCase({
      policy: 'full-cooperation',
      custodian: { id: 'nyc', name: 'County Jail', timeZone: 'America/New_York' },
      bookedAt: '2024-03-04T09:00:00-05:00',
    });
    const s = arrowStatus(
      { event: 'DETAINER_SERVED', eventSources: [c.state], edgeIds: [] },
      c.state,
      c.availableEvents(),
      titleOf,
    );
    expect(s.available).toBe(false);
    if (!s.available) expect(s.why).toBe(c.availableEvents().find((a) => a.type === 'DETAINER_SERVED')?.why);
  });
  it('lets the hold clock’s arrow run only while the hold runs', () => {
    const clock = { event: CLOCK_EVENT, eventSources: ['holding'], edgeIds: [] };
    expect(arrowStatus(clock, 'holding', [], titleOf).available).toBe(true);
    expect(arrowStatus(clock, 'x', [], titleOf).available).toBe(false);
  });
});

describe('arrowTaken', () => {
  it('is true when any merged machine edge was just taken', () => {
    expect(arrowTaken({ event: 'X', eventSources: [], edgeIds: ['a', 'b'] }, new Set(['b']))).toBe(true);
    expect(arrowTaken({ event: 'X', eventSources: [], edgeIds: ['a'] }, new Set(['b']))).toBe(false);
  });
});

describe('takenEventOf', () => {
  it('names the event of the transition taken, from its machine edge id', () => {
    const arrow = { event: 'A', eventSources: [], edgeIds: ['x.y:A:0', 'x.y:B:1'] };
    expect(takenEventOf(arrow, new Set(['x.y:B:1']))).toBe('B');
    expect(takenEventOf(arrow, new Set(['other:C:0']))).toBeNull();
  });
  it('tells a transfer before release eligibility apart on the arrow it shares with the transfer at release', () => {
    const teaching = toTeachingGraph(getMachineGraph());
    const shared = teaching.edges.filter((e) => e.edgeIds.some((id) => id.includes(':TRANSFERRED_BEFORE_RELEASE:')));
    expect(shared.length).toBeGreaterThan(0);
    for (const arrow of shared) {
      const early = arrow.edgeIds.find((id) => id.includes(':TRANSFERRED_BEFORE_RELEASE:')) ?? '';
      expect(takenEventOf(arrow, new Set([early]))).toBe('TRANSFERRED_BEFORE_RELEASE');
    }
    // The arrow drawn for it is labelled by another event, so the renderer must name the one taken.
    expect(shared.some((e) => e.event !== 'TRANSFERRED_BEFORE_RELEASE')).toBe(true);
  });
});
