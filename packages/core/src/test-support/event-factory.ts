import type { SnapshotFrom } from 'xstate';
import type { Detainer } from '../detainer/detainer.js';
import { CustodianSchema } from '../detainer/subject.js';
import type { DelayReason, EarlyTransferBasis, LiftReason, PersonDuty, ReleaseReason } from '../detainer/vocabulary.js';
import { HOUR_MS, toEpochMs } from '../instant.js';
import type { DetainerMachine } from '../machine/detainer-machine.js';
import type { CustodyMoveBasis, DetainerMachineEvent, ShownProofOfStatus } from '../machine/events.js';
import { getPolicyPreset } from '../policy/presets.js';

type Snap = SnapshotFrom<DetainerMachine>;

/** Test-only: parsed detainers of every form, as the machine receives them after parsing. */
export const DETAINERS: Readonly<Record<string, Detainer>> = {
  'I-247A/I-200': {
    form: 'I-247A',
    requests: { notice: true, hold: true },
    basis: ['biometric-match-and-database'],
    warrant: 'I-200',
    issuer: 'ICE',
  },
  'I-247A/judicial': {
    form: 'I-247A',
    requests: { notice: true, hold: true },
    basis: ['final-order'],
    warrant: 'judicial',
    issuer: 'ICE',
  },
  'I-247N': { form: 'I-247N', requests: { notice: true, hold: false }, basis: [], warrant: 'none', issuer: 'ICE' },
  'I-247D': {
    form: 'I-247D',
    requests: { notice: false, hold: true },
    basis: ['pending-proceedings'],
    warrant: 'none',
    issuer: 'ICE',
  },
  'I-247': {
    form: 'I-247',
    requests: { notice: true, hold: true },
    basis: ['investigation-initiated'],
    warrant: 'none',
    issuer: '287g-officer',
  },
};

export const STATE_PRISON = CustodianSchema.parse({
  id: 'state-prison',
  name: 'State Prison',
  kind: 'state-prison',
  timeZone: 'America/Chicago',
});

const iso = (ms: number) => new Date(ms).toISOString();

/** A compact description of one event to make, relative to the case's latest instant. */
export type EventIntent =
  | { kind: 'lodge'; detainer: keyof typeof DETAINERS }
  | { kind: 'serve' }
  | { kind: 'schedule'; leadHours: number }
  | { kind: 'notice' }
  | { kind: 'eligible'; reason: ReleaseReason; dhsPresent: boolean }
  | { kind: 'dhs' }
  | { kind: 'lift'; reason: LiftReason }
  | { kind: 'access'; area?: 'public' | 'non-public'; judicialWarrant?: boolean; writtenConsent?: boolean }
  | { kind: 'inform'; duty: PersonDuty }
  | { kind: 'early-transfer'; basis: EarlyTransferBasis }
  | {
      kind: 'move';
      preset: 'full-cooperation' | 'decline-all' | 'notify-only';
      /** Default `new-criminal-charge`. */
      basis?: CustodyMoveBasis;
    }
  | { kind: 'delay'; reason: DelayReason }
  | { kind: 'judicial-order' }
  | { kind: 'proof'; proof: ShownProofOfStatus };

/** Builds a parsed event from an intent, `gapMinutes` after the case's latest event. */
export function makeEvent(intent: EventIntent, lastEventAt: string, gapMinutes: number): DetainerMachineEvent {
  const atMs = toEpochMs(lastEventAt) + gapMinutes * 60_000;
  const at = iso(atMs);
  switch (intent.kind) {
    case 'lodge':
      return { type: 'DETAINER_LODGED', at, detainer: DETAINERS[intent.detainer] as Detainer };
    case 'serve':
      return { type: 'DETAINER_SERVED', at };
    case 'schedule':
      return { type: 'RELEASE_SCHEDULED', at, releaseAt: iso(atMs + intent.leadHours * HOUR_MS) };
    case 'notice':
      return { type: 'NOTICE_SENT', at };
    case 'eligible':
      return { type: 'RELEASE_ELIGIBLE', at, reason: intent.reason, dhsPresent: intent.dhsPresent };
    case 'dhs':
      return { type: 'DHS_ASSUMED_CUSTODY', at };
    case 'lift':
      return { type: 'DETAINER_LIFTED', at, reason: intent.reason };
    case 'access': {
      const { kind: _kind, ...facts } = intent;
      return { type: 'ACCESS_REQUESTED', at, ...facts };
    }
    case 'inform':
      return { type: 'PERSON_INFORMED', at, duty: intent.duty };
    case 'early-transfer':
      return { type: 'TRANSFERRED_BEFORE_RELEASE', at, basis: intent.basis };
    case 'move':
      return {
        type: 'CUSTODY_MOVED',
        at,
        custodian: STATE_PRISON,
        policy: getPolicyPreset(intent.preset),
        basis: intent.basis ?? 'new-criminal-charge',
      };
    case 'proof':
      return { type: 'PROOF_OF_STATUS', at, proof: intent.proof };
    case 'delay':
      return { type: 'CUSTODIAN_REQUESTS_DELAY', at, reason: intent.reason };
    case 'judicial-order':
      return { type: 'STATE_JUDICIAL_ORDER', at };
  }
}

/** Every event worth trying from a snapshot, for graph traversal (one hour after the latest event). */
export function candidateEvents(snapshot: Snap): DetainerMachineEvent[] {
  const last = snapshot.context.lastEventAt;
  const intents: EventIntent[] = [
    ...Object.keys(DETAINERS).map((detainer) => ({ kind: 'lodge', detainer }) as const),
    { kind: 'serve' },
    { kind: 'schedule', leadHours: 72 },
    { kind: 'notice' },
    { kind: 'eligible', reason: 'bond-posted', dhsPresent: false },
    { kind: 'eligible', reason: 'sentence-completed', dhsPresent: true },
    { kind: 'dhs' },
    { kind: 'lift', reason: 'case-closed' },
    { kind: 'access' },
    { kind: 'access', area: 'public' },
    { kind: 'access', area: 'non-public', judicialWarrant: true, writtenConsent: true },
    { kind: 'inform', duty: 'copy-of-request' },
    { kind: 'inform', duty: 'rights-before-interview' },
    { kind: 'early-transfer', basis: 'sentence-reduction' },
    {
      kind: 'move',
      preset:
        snapshot.context.policy.name === getPolicyPreset('full-cooperation').name ? 'decline-all' : 'full-cooperation',
    },
    { kind: 'delay', reason: 'witness' },
    { kind: 'judicial-order' },
    { kind: 'proof', proof: 'lawful-status' },
  ];
  if (snapshot.value === 'holding') {
    // Detainer-only moves during a hold, to a custodian that holds and to one that does not.
    intents.push(
      { kind: 'move', preset: 'full-cooperation', basis: 'detainer-only' },
      { kind: 'move', preset: 'decline-all', basis: 'detainer-only' },
    );
  }
  const events = intents.map((intent) => makeEvent(intent, last, 60));
  const hold = snapshot.context.hold;
  if (hold) {
    // The same events after the deadline, and the hold clock itself.
    const afterDeadline = iso(toEpochMs(hold.deadline) + 60_000);
    events.push(
      { type: 'DHS_ASSUMED_CUSTODY', at: afterDeadline },
      { type: 'DETAINER_LIFTED', at: afterDeadline, reason: 'case-closed' },
      { type: 'ACCESS_REQUESTED', at: afterDeadline },
      { type: 'PERSON_INFORMED', at: afterDeadline, duty: 'rights-before-interview' },
      { type: 'NOTICE_SENT', at: afterDeadline },
      { type: 'STATE_JUDICIAL_ORDER', at: afterDeadline },
      {
        type: 'CUSTODY_MOVED',
        at: afterDeadline,
        custodian: STATE_PRISON,
        policy: getPolicyPreset('decline-all'),
        basis: 'new-criminal-charge',
      },
      { type: 'PROOF_OF_STATUS', at: afterDeadline, proof: 'us-citizenship' },
      { type: 'HOLD_DEADLINE_REACHED' },
    );
  }
  return events;
}
