import { getMachineGraph, getPolicyPreset, getScenario, runScenario, SCENARIO_LIBRARY } from '@detainer-kit/sdk';
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

  describe('under a law (issue 12: dates decide, as createCase({ jurisdiction }) decides)', () => {
    const OCT_1 = 'us-nc/hb318-2025-from-oct-1';
    const crossing = getScenario('north-carolina-hb318-crossing-oct-1');
    const { law: _law, ...factsOnly } = crossing;
    const summary = (c: { outcome: { code: string; at: string } | null; context: unknown }) => {
      const ctx = c.context as {
        hold: { deadline: string; countingRule: { rule: string } } | null;
        eligibilityNotice: { dueAt: string; status: string } | null;
        lawApplied: readonly { point: string; date: string }[];
      };
      return {
        outcome: c.outcome?.code ?? null,
        at: c.outcome?.at ?? null,
        holdEnds: ctx.hold?.deadline ?? null,
        counting: ctx.hold?.countingRule.rule ?? null,
        eligibilityNotice: ctx.eligibilityNotice ? [ctx.eligibilityNotice.dueAt, ctx.eligibilityNotice.status] : null,
        law: ctx.lawApplied.map((a) => `${a.point}@${a.date}`),
      };
    };

    it('decides a case that crosses 2025-10-01 under the law of each side, like the SDK', () => {
      const s = new Session(factsOnly, 999, isTransient);
      const before = summary(s.getView().head);
      expect(before.law).toEqual([]);
      s.replay({ law: { jurisdiction: 'us-nc', options: [OCT_1] } });
      const v = s.getView();
      expect(v.base.law).toMatchObject({ jurisdiction: 'us-nc', options: [OCT_1] });
      expect(v.base.law?.asOf).toBeUndefined();
      const sdk = runScenario(crossing);
      expect(summary(v.head)).toEqual(summary(sdk.case));
      // The custodian decided under the law of Sep 30, the hold clock and the two-hour notice under Oct 2's.
      expect(summary(v.head).law).toEqual([
        'custodian-decision@2025-09-30',
        'hold-clock@2025-10-02',
        'eligibility-notice@2025-10-02',
      ]);
      expect(summary(v.head).counting).toBe('calendar');
      expect(summary(v.head).eligibilityNotice).toEqual(['2025-10-02T21:00:00.000Z', 'sent-late']);
      // The policy stays the user's local policy; the law is part of the facts (and of the exported scenario).
      expect(v.policy).toEqual(v.originPolicy);
      expect(s.toScenario().law).toMatchObject({ jurisdiction: 'us-nc', options: [OCT_1] });
      expect(v.whatIf?.lead).toMatch(/^Under “North Carolina” law at the date of each decision/);
    });

    it('freezes the law on an as-of date, and goes back to none', () => {
      const s = new Session(crossing, 999, isTransient);
      s.replay({ law: { jurisdiction: 'us-nc', asOf: '2025-09-30', options: [OCT_1] } });
      const frozen = runScenario(crossing, { law: { jurisdiction: 'us-nc', asOf: '2025-09-30', options: [OCT_1] } });
      expect(summary(s.getView().head)).toEqual(summary(frozen.case));
      // Frozen before HB 318 (Oct 1 reading): no two-hour notice after release eligibility.
      expect(summary(s.getView().head).eligibilityNotice).toBeNull();
      expect(summary(s.getView().head).law).toEqual([
        'custodian-decision@2025-09-30',
        'hold-clock@2025-09-30',
        'eligibility-notice@2025-09-30',
      ]);
      s.replay({ law: null });
      expect(s.getView().base.law).toBeUndefined();
      expect(summary(s.getView().head)).toEqual(summary(runScenario(factsOnly).case));
    });

    it('keeps the law on a branch and on a policy change', () => {
      const s = new Session(crossing, 999, isTransient);
      s.goTo(2);
      s.send({ type: 'DETAINER_LIFTED', at: s.getView().current.now, reason: 'case-closed' });
      expect(s.getView().branches).toHaveLength(2);
      expect(s.getView().base.law).toEqual(crossing.law);
      s.replay({ policy: getPolicyPreset('notify-only') });
      expect(s.getView().base.law).toEqual(crossing.law);
      expect(s.toScenario().law).toEqual(crossing.law);
    });
  });
});
