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
    expect(s.getView().whatIf?.lead).toContain('the case ends otherwise');
  });
  it('keeps the instant on a policy change, lists impossible steps as skipped, and restores them', () => {
    const scenario = getScenario('weekday-rule-friday-release');
    const s = new Session(scenario, 0, isTransient);
    for (let i = 0; i < 4; i++) s.stepForward();
    const at = s.getView().current.now;
    const own = s.getView().policy;
    s.replay({ policy: getPolicyPreset('decline-all') });
    expect(s.getView().current.now).toBe(at);
    expect(s.isOwnLine()).toBe(false);
    expect(s.skipped().map((k) => k.type)).toEqual(['NOTICE_SENT']);
    s.replay({ policy: own });
    expect(s.getView().current.now).toBe(at);
    expect(s.skipped()).toEqual([]);
    expect(s.isOwnLine()).toBe(true);
    s.goTo(Number.MAX_SAFE_INTEGER);
    expect(s.getView().current.timeline.map((e) => e.event.type)).toContain('NOTICE_SENT');
    expect(s.getView().current.outcome?.code).toBe(scenario.expect?.outcome);
  });
  it('plays the story forward in virtual time without starting a branch', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    const end = s.getView().head.now;
    let guard = 0;
    while (!s.getView().atHead && guard++ < 100) s.advanceBy(12 * 3_600_000);
    const v = s.getView();
    expect(v.branches).toHaveLength(1);
    expect(v.current.now).toBe(end);
    expect(v.current.outcome?.code).toBe('released-hold-expired');
    expect(s.isOwnLine()).toBe(true);
  });
  it('fires a deadline between two steps during playback, at its own instant', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    const deadline = s.getView().head.context.hold?.deadline;
    if (!deadline) throw new Error('a hold');
    // One minute before the deadline the hold is running; one minute after, the person has been released.
    s.advanceTo(new Date(Date.parse(deadline) - 60_000).toISOString());
    expect(s.getView().current.state).toBe('holding');
    expect(s.getView().atHead).toBe(false);
    s.advanceTo(new Date(Date.parse(deadline) + 60_000).toISOString());
    expect(s.getView().current.outcome?.at).toBe(deadline);
    expect(s.getView().branches).toHaveLength(1);
  });
  it('does not start a branch when the person sends the story’s own next event', () => {
    const s = new Session(getScenario('weekday-rule-friday-release'), 0, isTransient);
    s.stepForward();
    const v = s.getView();
    const next = v.head.timeline[v.position];
    if (!next || next.event.type === 'HOLD_DEADLINE_REACHED') throw new Error('a next event');
    expect(s.send(next.event)).toBe(true);
    expect(s.getView().branches).toHaveLength(1);
    expect(s.getView().position).toBeGreaterThan(v.position);
    expect(s.getView().message).toBeNull();
    // Another event does start one, and says so.
    expect(s.send({ type: 'DETAINER_LIFTED', at: s.getView().current.now, reason: 'case-closed' })).toBe(true);
    expect(s.getView().branches).toHaveLength(2);
    expect(s.getView().message?.text).toBe('You changed the story: branch 2 starts here.');
    expect(s.isOwnLine()).toBe(false);
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
