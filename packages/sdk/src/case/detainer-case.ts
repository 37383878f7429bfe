import {
  type CaseLawSpecInput,
  type CaseOutcome,
  type CitationId,
  checkDetainerEvent,
  createDetainerActor,
  type DetainerActor,
  type DetainerActorOptions,
  type DetainerCaseContext,
  type DetainerCaseInput,
  type DetainerEvent,
  type DetainerEventInput,
  DetainerKitError,
  type DetainerSnapshot,
  detainerMachine,
  type EventAvailability,
  expandCaseLaw,
  fromEpochMs,
  fromZodError,
  getEventAvailability,
  HOLD_DEADLINE_REACHED,
  HOUR_MS,
  type Instant,
  InstantSchema,
  isLanguageLoaded,
  isSupportedInstant,
  LanguageSchema,
  MAX_CASE_EVENTS,
  parseDetainerCaseInput,
  resolvePolicy,
  restoreDetainerActor,
  toEpochMs,
  UNSUPPORTED_INSTANT_MESSAGE,
  validatePersistedDetainerSnapshot,
} from '@detainer-kit/core';
import { type InspectionEvent, SimulatedClock } from 'xstate';
import { z } from 'zod';
import { caseDeadlines } from './deadlines.js';
import { explainCase } from './explain.js';
import {
  canonicalJson,
  invalidCase,
  PERSISTED_CASE_FORMAT,
  PERSISTED_CASE_VERSION,
  parsePersistedCase,
} from './persisted-case.js';
import { buildEntry, type EntryDetail, valuePath } from './timeline.js';
import type {
  CaseCheck,
  CaseDeadline,
  CaseDuration,
  CaseExplanation,
  CaseInspector,
  CaseOptions,
  CaseRestoreOptions,
  DetainerCase,
  DetainerStatePath,
  ExplainOptions,
  PersistedCase,
  TimelineEntry,
  TimelineEvent,
} from './types.js';

const MINUTE_MS = 60_000;

/** `explain()`'s options: the language, `en` or `es` (the core's `LanguageSchema`). */
const ExplainOptionsSchema = z.strictObject({ lang: LanguageSchema.optional() });
const DAY_MS = 24 * HOUR_MS;

const CaseOptionsSchema = z
  .object({
    policy: z.unknown(),
    jurisdiction: z.unknown().optional(),
    asOf: z.unknown().optional(),
    options: z.unknown().optional(),
    layers: z.unknown().optional(),
    custodian: z.unknown(),
    subject: z.unknown().optional(),
    bookedAt: z.unknown(),
    caseId: z.unknown().optional(),
    inspect: z.unknown().optional(),
  })
  .strict();

const amount = z.number().finite().nonnegative();
const DurationSchema = z.union([
  amount,
  z.object({ days: amount.optional(), hours: amount.optional(), minutes: amount.optional() }).strict(),
]);

type Check =
  | { readonly ok: true; readonly event: DetainerEvent }
  | { readonly ok: false; readonly error: DetainerKitError; readonly citations: CitationId[] };

/** The code an unexpected failure is reported with, per entry point. */
type FailureCode = 'event-not-allowed' | 'invalid-input';

/**
 * The project error for a failure that is not one (a bug, or input the model cannot handle that slipped past the
 * schemas): the case was put back as it was before the call.
 */
function unexpected(code: FailureCode | 'invalid-snapshot', what: string, cause: unknown): DetainerKitError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message = `the model could not process ${what} (${reason}); the case is unchanged. Please report this with the case's JSON.`;
  return new DetainerKitError({
    code,
    message: `${code === 'invalid-snapshot' ? 'Invalid saved case' : 'Refused'}: ${message}`,
    issues: [{ field: '', code: 'internal', message }],
    cause,
  });
}

function notAllowed(message: string, field: string, why: string): DetainerKitError {
  return new DetainerKitError({
    code: 'event-not-allowed',
    message,
    issues: [{ field, code: 'event-not-allowed', message: why }],
  });
}

function inspectWith(user: CaseInspector, own: (event: InspectionEvent) => void): (event: InspectionEvent) => void {
  return (event) => {
    own(event);
    if (typeof user === 'function') user(event);
    else user?.next?.(event);
  };
}

/** How a case engine starts: a fresh actor, or one restored from a persisted snapshot with its history. */
interface EngineStart {
  readonly input: DetainerCaseInput;
  readonly now: number;
  readonly inspect: CaseInspector;
  readonly makeActor: (options: DetainerActorOptions) => DetainerActor;
  readonly history?: {
    readonly timeline: readonly TimelineEntry[];
    readonly details: readonly EntryDetail[];
    readonly events: readonly DetainerEvent[];
  };
}

/** How far a change may be undone: the lengths of the history and the clock before it. */
interface Mark {
  readonly now: number;
  readonly timeline: number;
  readonly details: number;
  readonly events: number;
  readonly path: DetainerStatePath;
}

class CaseEngine implements DetainerCase {
  readonly #input: DetainerCaseInput;
  readonly #inspect: CaseInspector;
  #clock = new SimulatedClock();
  #actor: DetainerActor;
  readonly #timeline: TimelineEntry[];
  readonly #details: EntryDetail[];
  readonly #events: DetainerEvent[];
  readonly #listeners = new Set<() => void>();
  #recording = false;
  #sending: DetainerEvent | null = null;
  #path: DetainerStatePath;
  #stopped = false;
  #failure: unknown = null;

  constructor(start: EngineStart) {
    this.#input = start.input;
    this.#inspect = start.inspect;
    this.#timeline = [...(start.history?.timeline ?? [])];
    this.#details = [...(start.history?.details ?? [])];
    this.#events = [...(start.history?.events ?? [])];
    this.#actor = this.#startActor(start.now, start.makeActor);
    this.#path = this.state;
  }

  /** Starts an actor on a fresh clock set to `now`, watching for its failure. */
  #startActor(now: number, makeActor: EngineStart['makeActor']): DetainerActor {
    this.#clock = new SimulatedClock();
    this.#clock.set(now);
    this.#failure = null;
    const actor = makeActor({
      clock: this.#clock,
      inspect: inspectWith(this.#inspect, (e) => this.#onInspect(e)),
    });
    actor.subscribe({
      error: (error) => {
        this.#failure = error;
      },
    });
    actor.start();
    return actor;
  }

  static create(options: CaseOptions): CaseEngine {
    const shape = CaseOptionsSchema.safeParse(options);
    if (!shape.success) throw fromZodError('invalid-input', 'case options', shape.error);
    const policy = resolvePolicy(options.policy);
    const { jurisdiction, asOf, options: lawOptions, layers } = options;
    const withLaw =
      jurisdiction !== undefined || layers !== undefined || asOf !== undefined || lawOptions !== undefined;
    const input = parseDetainerCaseInput({
      bookedAt: options.bookedAt,
      custodian: options.custodian,
      policy,
      ...(withLaw
        ? {
            // Expanded here (the jurisdiction's layers copied from the library), so the machine never imports it.
            law: expandCaseLaw({
              ...(jurisdiction === undefined ? {} : { jurisdiction }),
              ...(asOf === undefined ? {} : { asOf }),
              ...(lawOptions === undefined ? {} : { options: lawOptions as string[] }),
              ...(layers === undefined ? {} : { layers: layers as CaseLawSpecInput['layers'] }),
            }),
          }
        : {}),
      ...(options.subject === undefined ? {} : { subject: options.subject }),
      ...(options.caseId === undefined ? {} : { caseId: options.caseId }),
    });
    return CaseEngine.fromInput(input, options.inspect);
  }

  static fromInput(input: DetainerCaseInput, inspect: CaseInspector): CaseEngine {
    return new CaseEngine({
      input,
      now: toEpochMs(input.bookedAt),
      inspect,
      makeActor: (actorOptions) => createDetainerActor(input, actorOptions),
    });
  }

  #onInspect(event: InspectionEvent): void {
    if (event.type !== '@xstate.microstep' || !this.#recording || event.actorRef !== this.#actor) return;
    const transition = event._transitions[0];
    if (!transition) return;
    const after = event.snapshot as DetainerSnapshot;
    const deadline = event.event.type === HOLD_DEADLINE_REACHED;
    const cause: TimelineEvent = deadline || this.#sending === null ? { type: HOLD_DEADLINE_REACHED } : this.#sending;
    const entry = buildEntry({ seq: this.#timeline.length, event: cause, from: this.#path, transition, after });
    this.#timeline.push(entry);
    const { decision, hold } = after.context;
    this.#details.push({ step: deadline ? -1 : this.#events.length, context: { decision, hold } });
    this.#path = entry.to as DetainerStatePath;
  }

  #mark(): Mark {
    return {
      now: this.#clock.now(),
      timeline: this.#timeline.length,
      details: this.#details.length,
      events: this.#events.length,
      path: this.#path,
    };
  }

  /**
   * Puts the case back at `mark` after an unexpected failure: the history is cut back, and the actor is rebuilt
   * by replaying the events kept (the failed actor cannot be trusted). Only this rare path pays for a replay.
   */
  #rollback(mark: Mark): void {
    this.#timeline.length = mark.timeline;
    this.#details.length = mark.details;
    this.#events.length = mark.events;
    this.#path = mark.path;
    this.#actor.stop();
    const replay = CaseEngine.fromInput(this.#input, undefined);
    for (const event of this.#events) replay.send(event);
    if (mark.now > replay.#clock.now()) replay.advanceTo(fromEpochMs(mark.now));
    const persisted = replay.persisted();
    replay.stop();
    this.#actor = this.#startActor(mark.now, (options) => restoreDetainerActor(persisted, options));
  }

  /**
   * Runs `change` while recording microsteps and returns the entries it added. Should the machine fail (or
   * anything else throw), the case is put back as it was and the failure is thrown as the project error.
   */
  #record(code: FailureCode, what: string, change: () => void): TimelineEntry[] {
    const mark = this.#mark();
    const first = this.#timeline.length;
    let failure: unknown = null;
    this.#recording = true;
    try {
      change();
    } catch (error) {
      failure = error;
    } finally {
      this.#recording = false;
      this.#sending = null;
    }
    failure ??= this.#failure;
    if (failure !== null) {
      try {
        this.#rollback(mark);
      } catch (error) {
        // The case cannot be put back: stop it rather than leave it half-changed.
        this.#stopped = true;
        throw unexpected(code, what, error);
      }
      throw DetainerKitError.isInstance(failure) ? failure : unexpected(code, what, failure);
    }
    return this.#timeline.slice(first);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  /** Moves the clock to `target`, stopping at a running hold's deadline first so it fires at its instant. */
  #stepClockTo(target: number): void {
    for (let guard = 0; guard < 8; guard += 1) {
      const snapshot = this.#actor.getSnapshot();
      const hold = snapshot.context.hold;
      if (snapshot.status !== 'active' || !snapshot.matches('holding') || !hold) break;
      const deadline = toEpochMs(hold.deadline);
      if (deadline > target) break;
      this.#clock.set(Math.max(deadline, this.#clock.now()));
      if (this.#actor.getSnapshot() === snapshot) break;
    }
    this.#clock.set(target);
  }

  /**
   * The one check behind both `send` and `can`, so they agree by construction: core's `checkDetainerEvent` (the
   * event's shape, time order against the case's clock, availability), the event limit, and the transitions. An event
   * at or after a running hold's deadline is the core's business: it is accepted, and the hold ends at its deadline.
   */
  #check(value: unknown): Check {
    try {
      if (this.#stopped) {
        const why = 'the case was stopped: create, restore or fork a case to go on.';
        return { ok: false, error: notAllowed(`The case was stopped: ${why}`, '', why), citations: [] };
      }
      const snapshot = this.#actor.getSnapshot();
      const event = checkDetainerEvent(snapshot, value, { now: this.now });
      if (this.#events.length >= MAX_CASE_EVENTS) {
        const why = `a case takes at most ${MAX_CASE_EVENTS} events and this one has them all: start a new case (or fork this one) to go on.`;
        return { ok: false, error: notAllowed(`${event.type} cannot happen: ${why}`, '', why), citations: [] };
      }
      if (detainerMachine.getTransitionData(snapshot, event).length === 0) {
        const why = 'the case has no transition for it in its current state.';
        return { ok: false, error: notAllowed(`${event.type} cannot happen now: ${why}`, 'type', why), citations: [] };
      }
      return { ok: true, event };
    } catch (error) {
      if (!DetainerKitError.isInstance(error)) {
        return { ok: false, error: unexpected('event-not-allowed', 'this event', error), citations: [] };
      }
      const type = (value as { type?: unknown } | null)?.type;
      const availability = getEventAvailability(this.#actor.getSnapshot()).find((a) => a.type === type);
      const citations = error.code === 'event-not-allowed' && availability ? [...availability.citations] : [];
      return { ok: false, error, citations };
    }
  }

  #assertRunning(code: 'event-not-allowed' | 'invalid-input'): void {
    if (this.#stopped) {
      throw new DetainerKitError({
        code,
        message: 'The case was stopped: create, restore or fork a case to go on.',
        issues: [{ field: '', code: 'stopped', message: 'the case was stopped' }],
      });
    }
  }

  get now(): Instant {
    return fromEpochMs(this.#clock.now());
  }

  get state(): DetainerStatePath {
    return valuePath(this.#actor.getSnapshot().value) as DetainerStatePath;
  }

  get snapshot(): DetainerSnapshot {
    return this.#actor.getSnapshot();
  }

  get context(): DetainerCaseContext {
    return this.#actor.getSnapshot().context;
  }

  get status(): 'active' | 'done' {
    return this.#actor.getSnapshot().status === 'done' ? 'done' : 'active';
  }

  get outcome(): CaseOutcome | null {
    return this.#actor.getSnapshot().context.outcome;
  }

  get deadlines(): readonly CaseDeadline[] {
    return caseDeadlines(this.#actor.getSnapshot(), this.now);
  }

  get timeline(): readonly TimelineEntry[] {
    return [...this.#timeline];
  }

  send(event: DetainerEventInput): TimelineEntry[] {
    return this.sendUnknown(event);
  }

  sendUnknown(value: unknown): TimelineEntry[] {
    this.#assertRunning('event-not-allowed');
    const check = this.#check(value);
    if (!check.ok) throw check.error;
    const { event } = check;
    const entries = this.#record('event-not-allowed', `the ${event.type} event at ${event.at}`, () => {
      this.#stepClockTo(toEpochMs(event.at));
      // At or after a running hold's deadline the hold has just ended there (the core's contract): the event
      // finds the case over and changes nothing more.
      if (this.#actor.getSnapshot().status !== 'active') return;
      this.#sending = event;
      this.#actor.send(event);
    });
    this.#events.push(event);
    this.#notify();
    return entries;
  }

  can(event: DetainerEventInput): CaseCheck {
    return this.canUnknown(event);
  }

  canUnknown(value: unknown): CaseCheck {
    const check = this.#check(value);
    if (check.ok) return { allowed: true, why: null, citations: [] };
    const why = check.error.issues[0]?.message || check.error.message;
    return { allowed: false, why, citations: check.citations };
  }

  availableEvents(): EventAvailability[] {
    return getEventAvailability(this.#actor.getSnapshot());
  }

  advanceTo(instant: string): TimelineEntry[] {
    this.#assertRunning('invalid-input');
    const parsed = InstantSchema.safeParse(instant);
    if (!parsed.success) throw fromZodError('invalid-input', 'instant', parsed.error, 'instant');
    const target = toEpochMs(parsed.data);
    if (target < this.#clock.now()) {
      const message = `must not be earlier than the case's clock (${this.now}); time only moves forward (fork the case to go back)`;
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid instant: ${parsed.data} ${message}`,
        issues: [{ field: 'instant', code: 'too_small', message }],
      });
    }
    const before = this.#clock.now();
    const entries = this.#record('invalid-input', `moving the clock to ${parsed.data}`, () =>
      this.#stepClockTo(target),
    );
    if (entries.length > 0 || this.#clock.now() !== before) this.#notify();
    return entries;
  }

  advanceBy(duration: CaseDuration): TimelineEntry[] {
    this.#assertRunning('invalid-input');
    const parsed = DurationSchema.safeParse(duration);
    if (!parsed.success) throw fromZodError('invalid-input', 'duration', parsed.error, 'duration');
    const d = parsed.data;
    const ms =
      typeof d === 'number' ? d : (d.days ?? 0) * DAY_MS + (d.hours ?? 0) * HOUR_MS + (d.minutes ?? 0) * MINUTE_MS;
    const target = this.#clock.now() + Math.round(ms);
    if (!isSupportedInstant(target)) {
      const message = `would move the clock to an instant that ${UNSUPPORTED_INSTANT_MESSAGE.replace(/^must be/, 'is not')}`;
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid duration: ${message}`,
        issues: [{ field: 'duration', code: 'too_big', message }],
      });
    }
    return this.advanceTo(fromEpochMs(target));
  }

  nextDeadline(): CaseDeadline | null {
    return this.deadlines.find((d) => d.status === 'upcoming') ?? null;
  }

  explain(options: ExplainOptions = {}): CaseExplanation {
    const parsed = ExplainOptionsSchema.safeParse(options);
    if (!parsed.success) throw fromZodError('invalid-input', 'explain options', parsed.error);
    const lang = parsed.data.lang ?? 'en';
    if (!isLanguageLoaded(lang)) {
      const message = `the "${lang}" texts are not loaded yet: call \`await loadLanguage('${lang}')\` first`;
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid lang: ${message}`,
        issues: [{ field: 'lang', code: 'custom', message }],
      });
    }
    return explainCase({
      caseInput: this.#input,
      snapshot: this.#actor.getSnapshot(),
      now: this.now,
      timeline: this.#timeline,
      details: this.#details,
      lang,
    });
  }

  forkAt(seq: number, options: CaseRestoreOptions = {}): DetainerCase {
    if (!Number.isInteger(seq) || seq < -1 || seq >= this.#timeline.length) {
      const message = `must be an integer from -1 to ${this.#timeline.length - 1} (a timeline entry's seq, or -1 for the booking)`;
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid seq: ${String(seq)} ${message}`,
        issues: [{ field: 'seq', code: 'too_big', message }],
      });
    }
    const fork = CaseEngine.fromInput(this.#input, options.inspect);
    if (seq === -1) return fork;
    let lastStep = -1;
    for (const detail of this.#details.slice(0, seq + 1)) lastStep = Math.max(lastStep, detail.step);
    for (const event of this.#events.slice(0, lastStep + 1)) fork.send(event);
    const at = this.#timeline[seq]?.at;
    if (at !== undefined && toEpochMs(at) > toEpochMs(fork.now)) fork.advanceTo(at);
    return fork;
  }

  toJSON(): PersistedCase {
    const now = this.now;
    const doc = {
      format: PERSISTED_CASE_FORMAT,
      version: PERSISTED_CASE_VERSION,
      savedAt: now,
      now,
      input: this.#input,
      persisted: this.#actor.getPersistedSnapshot(),
      timeline: this.#timeline,
      events: this.#events,
    };
    // A deep, JSON-only copy: the caller may keep or change it without touching the case.
    return JSON.parse(JSON.stringify(doc)) as PersistedCase;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#actor.stop();
  }

  /** The history a restored case carries on with. */
  history(): NonNullable<EngineStart['history']> {
    return { timeline: [...this.#timeline], details: [...this.#details], events: [...this.#events] };
  }

  /** The number of timeline entries, without copying them. */
  timelineLength(): number {
    return this.#timeline.length;
  }

  persisted(): unknown {
    return this.#actor.getPersistedSnapshot();
  }
}

/**
 * Starts a detainer case on a virtual clock set to `bookedAt`. Throws `invalid-policy` for an unknown preset
 * or a bad policy, `invalid-input` for other bad options (the message names the field).
 *
 * @example
 * const c = createCase({
 *   policy: 'full-cooperation',
 *   custodian: { id: 'nyc', name: 'County Jail', timeZone: 'America/New_York' },
 *   bookedAt: '2024-03-04T09:00:00-05:00',
 * });
 * c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00-05:00',
 *   detainer: { form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' } });
 * c.send({ type: 'DETAINER_SERVED', at: '2024-03-05T11:00:00-05:00' });
 * c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
 * c.nextDeadline()?.at // '2024-03-09T22:00:00.000Z' (48 elapsed hours; the I-247A's count is unverified)
 * c.advanceBy({ days: 3 });
 * c.outcome?.code // 'released-hold-expired', at the deadline
 */
export function createCase(options: CaseOptions): DetainerCase {
  return CaseEngine.create(options);
}

/**
 * Restores a case saved with `toJSON()` (the object, or its JSON text). The document is checked four ways:
 * its format, version, size and depth (at most `MAX_CASE_EVENTS` events, `MAX_PERSISTED_CASE_DEPTH` levels, every
 * instant a supported one); core's checks on the persisted snapshot (a hold deadline or decision that does not
 * follow from its inputs); its clock (`savedAt` equal to `now`, and `now` not before its last event or timeline
 * entry); and a replay of its events from its input, then of the clock to `now`, which must give exactly its
 * persisted snapshot and timeline, so an edited document is refused (a `now` moved past a running hold's deadline
 * included). Throws `invalid-snapshot`, never a plain `Error`. The restored case goes on exactly as the original
 * would, deadlines included.
 *
 * @example
 * const saved = JSON.stringify(c.toJSON());
 * const again = restoreCase(saved);
 * again.advanceTo('2024-03-12T00:00:00Z'); // the hold still expires at its deadline
 */
export function restoreCase(json: unknown, options: CaseRestoreOptions = {}): DetainerCase {
  try {
    return restoreChecked(json, options);
  } catch (error) {
    if (DetainerKitError.isInstance(error)) throw error;
    throw unexpected('invalid-snapshot', 'this saved case', error);
  }
}

/**
 * A saved snapshot with the context fields added since it may have been saved filled with what they were then: a
 * case saved before cases carried law had none (`law: null`, `localPolicy: null`, `lawApplied: []`).
 */
function withContextDefaults(persisted: unknown): unknown {
  if (typeof persisted !== 'object' || persisted === null) return persisted;
  const snapshot = persisted as { context?: Record<string, unknown> };
  const context = snapshot.context;
  if (typeof context !== 'object' || context === null) return persisted;
  return {
    ...snapshot,
    context: { law: null, localPolicy: null, lawApplied: [], ...context },
  };
}

const EDITED = 'does not match what the case input and events give: the document was edited or is damaged';

function restoreChecked(json: unknown, options: CaseRestoreOptions): DetainerCase {
  const { parsed, raw } = parsePersistedCase(json);
  if (parsed.savedAt !== parsed.now) {
    throw invalidCase('savedAt', `must equal now (${parsed.now}): a case is saved at its clock, got ${parsed.savedAt}`);
  }
  const lastEvent = parsed.events.at(-1)?.at;
  const lastEntry = parsed.timeline.at(-1)?.at;
  for (const [what, at] of [
    ['event', lastEvent],
    ['timeline entry', lastEntry],
  ] as const) {
    if (at !== undefined && toEpochMs(parsed.now) < toEpochMs(at)) {
      throw invalidCase('now', `must not be earlier than the case's last ${what} (${at}), got ${parsed.now}`);
    }
  }
  validatePersistedDetainerSnapshot(parsed.persisted);
  const replay = CaseEngine.fromInput(parsed.input, undefined);
  try {
    for (const event of parsed.events) replay.send(event);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidCase('events', `cannot be replayed from the case's input: ${reason}`, error);
  }
  const beforeClock = replay.timelineLength();
  replay.advanceTo(parsed.now);
  // Read before stopping: a stopped actor's snapshot says so.
  const { persisted } = replay.toJSON();
  const history = replay.history();
  replay.stop();
  const timelineMatches = canonicalJson(JSON.parse(JSON.stringify(history.timeline))) === canonicalJson(raw.timeline);
  if (!timelineMatches && history.timeline.length > beforeClock && parsed.timeline.length === beforeClock) {
    const fired = history.timeline[beforeClock];
    throw invalidCase(
      'now',
      `moves the clock past ${fired?.at ?? 'a deadline'}, where the case ${fired?.description ?? 'changes'}, which the document does not record: the clock was moved forward after saving`,
    );
  }
  if (canonicalJson(persisted) !== canonicalJson(withContextDefaults(raw.persisted))) {
    throw invalidCase('persisted', EDITED);
  }
  if (!timelineMatches) throw invalidCase('timeline', EDITED);
  return new CaseEngine({
    input: parsed.input,
    now: toEpochMs(parsed.now),
    inspect: options.inspect,
    // The replay's copy (equal to the document's, checked above), so later edits to the document cannot reach the case.
    makeActor: (actorOptions) => restoreDetainerActor(persisted, actorOptions),
    history,
  });
}
