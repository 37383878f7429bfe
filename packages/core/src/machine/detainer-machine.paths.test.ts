import { describe, expect, it } from 'vitest';
import { type AnyStateNode, type AnyTransitionDefinition, createActor, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isCitationId } from '../citations.js';
import { CustodianSchema, SubjectSchema } from '../detainer/subject.js';
import { toEpochMs } from '../instant.js';
import { getPolicyPreset, POLICY_PRESET_IDS } from '../policy/presets.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import { candidateEvents } from '../test-support/event-factory.js';
import { NY_JAIL } from '../test-support/fixtures.js';
import type { DetainerCaseInput } from './context.js';
import { type DetainerMeta, detainerMachine } from './detainer-machine.js';

// Paths generated from the machine itself (xstate/graph): for each policy preset, the shortest path to every
// distinct situation, then every candidate event from there. Together they must take every transition.

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child))];
}

function allTransitions(node: AnyStateNode): AnyTransitionDefinition[] {
  return allNodes(node).flatMap((n) => [...[...n.transitions.values()].flat(), ...(n.always ?? [])]);
}

function serialize(snapshot: ReturnType<typeof detainerMachine.getInitialSnapshot>): string {
  const c = snapshot.context;
  return JSON.stringify({
    value: snapshot.value,
    status: snapshot.status,
    detainer: c.detainer ? `${c.detainer.form}/${c.detainer.warrant}` : null,
    disposition: c.decision?.disposition ?? null,
    notice: c.notice?.status ?? null,
    policy: c.policy.name,
    hold: c.hold !== null,
    eligibilityNotice: c.eligibilityNotice?.status ?? null,
    stateJudicialOrder: c.stateJudicialOrder?.status ?? null,
    // The kinds and statuses of duties, as a set: repeated interview requests add duties but no new situation.
    duties: [...new Set(c.duties.map((d) => `${d.duty}:${d.status}`))].sort().join(','),
  });
}

const bookedAt = '2024-03-04T14:00:00.000Z';
const subject = SubjectSchema.parse({ offenses: ['serious-or-violent-felony'] });

/**
 * The presets, and presets with a rule of the law after 2017 turned on (DOMAIN.md §9–§10), so the paths reach the
 * transitions those rules add.
 */
const POLICIES: Readonly<Record<string, JurisdictionPolicy>> = {
  ...Object.fromEntries(POLICY_PRESET_IDS.map((id) => [id, getPolicyPreset(id)])),
  'nc-hb318-two-hour-notice': {
    ...getPolicyPreset('full-cooperation'),
    name: 'Full cooperation, notice within 2 hours of eligibility',
    noticeAfterEligibility: 'within-2-hours',
  },
  'nc-hb10-state-judicial-order': {
    ...getPolicyPreset('full-cooperation'),
    name: 'Full cooperation, state judicial order before a hold',
    stateJudicialOrder: 'required',
  },
  // A Texas-style mandate over a local policy that never holds, so a proof of status shown mid-hold ends the hold.
  'tx-mandate-over-local-never': {
    ...getPolicyPreset('state-mandated-compliance'),
    name: 'State-mandated compliance over a local policy that never holds',
    hold: 'never',
  },
  'duties-access-early-transfer': {
    ...getPolicyPreset('full-cooperation'),
    name: 'Full cooperation, duties toward the person, transfer before release',
    access: 'judicial-warrant-for-non-public-areas',
    informPersonOfRequest: true,
    adviseRightsBeforeInterview: true,
    transferBeforeRelease: true,
  },
  'decline-all-early-transfer': {
    ...getPolicyPreset('decline-all'),
    name: 'Decline all, transfer before release allowed',
    transferBeforeRelease: true,
  },
};
const inputFor = (id: string): DetainerCaseInput => ({
  bookedAt,
  custodian: CustodianSchema.parse(NY_JAIL),
  policy: POLICIES[id] ?? getPolicyPreset('full-cooperation'),
  subject,
});

const machineTransitions = allTransitions(detainerMachine.root);
const machineStates = allNodes(detainerMachine.root).filter((n) => n !== detainerMachine.root);

describe('detainerMachine generated paths', () => {
  const taken = new Set<AnyTransitionDefinition>();
  const reached = new Set<string>();
  let pathCount = 0;

  for (const preset of Object.keys(POLICIES)) {
    it(`replays every generated path under the "${preset}" policy in a live actor`, () => {
      const input = inputFor(preset);
      const paths = getShortestPaths(detainerMachine, {
        input,
        events: (snapshot) => candidateEvents(snapshot),
        serializeState: (snapshot) => serialize(snapshot),
      });
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) {
        const finalEvents = path.state.status === 'active' ? candidateEvents(path.state) : [];
        for (const extra of [undefined, ...finalEvents]) {
          const steps = [...path.steps.map((s) => s.event), ...(extra ? [extra] : [])];
          const clock = new SimulatedClock();
          clock.set(toEpochMs(bookedAt));
          const actor = createActor(detainerMachine, {
            input,
            clock,
            inspect: (e) => {
              if (e.type === '@xstate.microstep') for (const t of e._transitions) taken.add(t);
            },
          }).start();
          for (const event of steps) {
            if ('at' in event && toEpochMs(event.at) > clock.now() && actor.getSnapshot().value !== 'holding') {
              clock.set(toEpochMs(event.at));
            }
            actor.send(event);
          }
          const snapshot = actor.getSnapshot();
          for (const node of machineStates) if (snapshot.matches(node.path.join('.') as never)) reached.add(node.id);
          // Invariants on every generated path.
          if (snapshot.status === 'done') {
            expect(snapshot.output).toEqual(snapshot.context.outcome);
            if (snapshot.context.hold) {
              expect(toEpochMs(snapshot.output?.at ?? '')).toBeLessThanOrEqual(
                toEpochMs(snapshot.context.hold.deadline),
              );
            }
          }
          actor.stop();
          pathCount += 1;
        }
      }
    }, 60_000);
  }

  it('reaches every state and takes every transition of the machine', () => {
    expect(pathCount).toBeGreaterThan(100);
    // A transient state (only `always` transitions, here `deciding`) is never at rest; its transitions count.
    const atRest = machineStates.filter((n) => !(n.always && n.always.length > 0));
    const missedStates = atRest.filter((n) => !reached.has(n.id)).map((n) => n.id);
    expect(missedStates).toEqual([]);
    const missed = machineTransitions
      .filter((t) => !taken.has(t))
      .map((t) => `${t.source.id} --${t.eventType}--> ${t.target?.map((x) => x.id).join(',') ?? '(self)'}`);
    expect(missed).toEqual([]);
  });

  it('gives every state and transition valid citations, and every transition a text key (texts: text/machine-text.test.ts)', () => {
    for (const node of machineStates) {
      const meta = node.meta as DetainerMeta | undefined;
      expect(meta?.citations?.length, node.id).toBeGreaterThan(0);
      expect(meta?.citations?.every(isCitationId), node.id).toBe(true);
    }
    for (const t of machineTransitions) {
      const where = `${t.source.id} ${t.eventType}`;
      const meta = t.meta as DetainerMeta | undefined;
      expect(meta?.key, where).toBeTruthy();
      expect(meta?.citations?.every(isCitationId), where).toBe(true);
      expect(meta?.citations?.length, where).toBeGreaterThan(0);
    }
  });
});
