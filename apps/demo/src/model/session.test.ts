import { getMachineGraph, getPolicyPreset, getScenario, SCENARIO_LIBRARY } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const transient = new Set(
  getMachineGraph()
    .nodes.filter((n) => n.type === 'transient')
    .map((n) => n.id),
);
const isTransient = (id: string) => transient.has(id);

describe('Session', () => {
  it('starts a scenario at the beginning and steps to its outcome', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    expect(s.getView().position).toBe(0);
    expect(s.getView().current.timeline).toHaveLength(0);
    let guard = 0;
    while (s.getView().position < s.getView().head.timeline.length && guard++ < 50) s.stepForward();
    const v = s.getView();
    expect(v.atHead).toBe(true);
    expect(v.current.outcome?.code).toBe(v.head.outcome?.code);
    expect(v.current.outcome).not.toBeNull();
  });
  it('goes back in time and starts a new branch with a new event', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 999, isTransient);
    const full = s.getView().head.timeline.length;
    s.goTo(2);
    const past = s.getView();
    expect(past.atHead).toBe(false);
    expect(past.position).toBeGreaterThanOrEqual(2);
    expect(past.current.timeline.length).toBe(past.position);
    const ok = s.send({ type: 'DETAINER_LIFTED', at: past.current.now, reason: 'case-closed' });
    expect(ok).toBe(true);
    const v = s.getView();
    expect(v.branches).toHaveLength(2);
    expect(v.current.outcome?.code).toBe('released-detainer-lifted');
    // The first branch is untouched.
    expect(v.branches[0]?.case.timeline.length).toBe(full);
  });
  it('refuses a blocked event with the reason and leaves the case as it was', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    const before = s.getView().current.timeline.length;
    expect(s.send({ type: 'DHS_ASSUMED_CUSTODY', at: s.getView().current.now })).toBe(false);
    expect(s.getView().message?.tone).toBe('warn');
    expect(s.getView().current.timeline.length).toBe(before);
  });
  it('replays the branch under another policy and reports a changed outcome', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 999, isTransient);
    const before = s.getView().current.outcome?.code;
    s.replay({ policy: getPolicyPreset('decline-all') });
    const after = s.getView().current.outcome?.code;
    expect(after).not.toBe(before);
    expect(s.getView().message?.text).toContain('outcome changes');
  });
  it('loads every library scenario without a message of failure', () => {
    for (const scenario of SCENARIO_LIBRARY) {
      const s = new Session(scenario, 0, isTransient);
      expect(s.getView().message?.tone ?? 'none', scenario.id).not.toBe('error');
    }
  });
  it('jumps to the next deadline', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    const hold = s.stepPositions().find((p) => {
      s.goTo(p);
      return s.getView().current.state === 'holding';
    });
    expect(hold).toBeDefined();
    const deadline = s.getView().current.nextDeadline();
    expect(deadline).not.toBeNull();
    s.jumpToNextDeadline();
    expect(s.getView().current.state).toBe('releasedHoldExpired');
  });
});
