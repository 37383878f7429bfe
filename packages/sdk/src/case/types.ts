import type {
  CaseOutcome,
  CitationId,
  CustodianInput,
  DetainerActorOptions,
  DetainerCaseContext,
  DetainerCaseInput,
  DetainerEvent,
  DetainerEventInput,
  DetainerSnapshot,
  EventAvailability,
  HoldDeadlineReachedEvent,
  Instant,
  JurisdictionPolicyInput,
  Language,
  LawLayerInput,
  PersistedDetainerSnapshot,
  PolicyPresetId,
  SubjectInput,
} from '@detainer-kit/core';

/** The dotted paths of a state value: `'holding'`, `'inCriminalCustody.noDetainer'`, … */
type StatePaths<V> = V extends string
  ? V
  : V extends object
    ? { [K in keyof V & string]: `${K}.${StatePaths<V[K]>}` }[keyof V & string]
    : never;

/**
 * The dotted path of an active leaf state of the detainer machine, e.g. `'holding'` or
 * `'inCriminalCustody.detainerInEffect.honoringHold'`: a union of every leaf, derived from the machine's types.
 */
export type DetainerStatePath = StatePaths<DetainerSnapshot['value']>;

/** A policy by preset id or as a policy object (resolved with core's `resolvePolicy`). */
export type PolicyRef = PolicyPresetId | JurisdictionPolicyInput;

/** XState's `inspect` option: a function or an observer receiving every inspection event. */
export type CaseInspector = DetainerActorOptions['inspect'];

/** What a case starts from. */
export interface CaseOptions {
  /**
   * The custodian's policy: a preset id (`'full-cooperation'`) or a policy object. With `jurisdiction` or
   * `layers`, it is the local policy (the user's choice) under the law of that place.
   */
  readonly policy: PolicyRef;
  /**
   * A jurisdiction of the library (`'us-nc'`, `'us-ca'`, … see `listJurisdictions()`): each decision is taken under
   * its layers in force at the decision's instant, over the local `policy`.
   */
  readonly jurisdiction?: string;
  /** Freeze the law on this date, `YYYY-MM-DD` ("the same facts under the law of 2017"). */
  readonly asOf?: string;
  /** Ids of option layers to turn on (readings DOMAIN.md marks uncertain, e.g. `'us-nc/hb318-2025-from-oct-1'`). */
  readonly options?: readonly string[];
  /** The user's own law layers (a county, a state), added to the jurisdiction's. */
  readonly layers?: readonly LawLayerInput[];
  /** The agency holding the person; its time zone places weekends and holidays. */
  readonly custodian: CustodianInput;
  /** Offense categories and proof of status, when a policy depends on them. */
  readonly subject?: SubjectInput;
  /** The booking instant (ISO 8601 with an offset); the virtual clock starts here. */
  readonly bookedAt: string;
  readonly caseId?: string;
  /** Passed straight to XState's `createActor` (e.g. `createBrowserInspector().inspect`). */
  readonly inspect?: CaseInspector;
}

/** Options of `restoreCase` and `forkAt`. */
export interface CaseRestoreOptions {
  readonly inspect?: CaseInspector;
}

/** The event of a timeline entry: one sent from outside, or the case's own hold clock. */
export type TimelineEvent = DetainerEvent | HoldDeadlineReachedEvent;

/** One transition the case took, with when, why and on what authority. */
export interface TimelineEntry {
  /** 0, 1, 2, … in order. */
  readonly seq: number;
  readonly at: Instant;
  readonly event: TimelineEvent;
  /** Dotted path of the active state before, e.g. `'inCriminalCustody.detainerInEffect.honoringHold'`. */
  readonly from: DetainerStatePath;
  /** Dotted path of the active state after, e.g. `'holding'`. */
  readonly to: DetainerStatePath;
  /** The id of the transition in `getMachineGraph().edges` (to highlight it in a diagram). */
  readonly edge: string;
  readonly description: string;
  readonly citations: CitationId[];
  readonly explanation: string;
  /** Set on the entry that ended the case. */
  readonly outcome: CaseOutcome | null;
}

/**
 * A deadline of the case:
 * - `notice-due`: notice of release is due (a soft deadline) [i247a-form]: `met` when sent on time (or, when
 *   48 hours were never possible, by the projected release; or no longer asked for once the detainer was lifted),
 *   `missed` once that instant has passed without notice (or notice went out late), else `upcoming`;
 * - `hold-end`: the hold must end [cfr-287.7-d]: `reached` when the hold ran to it, `met` when the hold ended
 *   earlier (DHS assumed custody, the detainer was lifted), else `upcoming`.
 */
export interface CaseDeadline {
  /**
   * `notice-due`: the soft 48-hour advance notice [i247a-form]; `hold-end`: the hold limit [cfr-287.7-d];
   * `notice-after-eligibility`: the hard deadline to notify ICE after release eligibility (North Carolina HB 318)
   * [nc-hb318-2025]; `state-judicial-order`: the state judicial order a hold on an administrative warrant rests on
   * (North Carolina HB 10) [nc-hb10-2024]: `met` at the instant it was entered, `upcoming` while awaited (shown at
   * the hold's end: the law sets no number of hours), `missed` when the hold ended without one (never fatal).
   */
  readonly kind: 'notice-due' | 'hold-end' | 'notice-after-eligibility' | 'state-judicial-order';
  readonly at: Instant;
  readonly status: 'upcoming' | 'met' | 'missed' | 'reached';
  readonly label: string;
  readonly citations: CitationId[];
}

/** Whether an event can be sent now, and if not, why not. */
export interface CaseCheck {
  readonly allowed: boolean;
  readonly why: string | null;
  readonly citations: CitationId[];
}

/** One sentence of a case's narrative, with its sources. */
export interface CaseSentence {
  readonly at: Instant;
  readonly text: string;
  readonly citations: CitationId[];
}

/** The plain-language narrative of a case. */
export interface CaseExplanation {
  readonly sentences: CaseSentence[];
  /** The sentences joined, ending with the disclaimer. */
  readonly text: string;
  readonly disclaimer: string;
  /**
   * The language of the texts (`en` or `es`), the machine's own descriptions of steps and states included.
   */
  readonly lang: Language;
}

/** How {@link DetainerCase.explain} words a case. */
export interface ExplainOptions {
  /** `en` (the default) or `es`; Spanish needs `await loadLanguage('es')` first. */
  readonly lang?: Language;
}

/** A duration for `advanceBy`: milliseconds, or days/hours/minutes (all non-negative). */
export type CaseDuration = number | { readonly days?: number; readonly hours?: number; readonly minutes?: number };

/** A saved case: plain JSON, checked on restore. */
export interface PersistedCase {
  readonly format: 'detainer-kit/case';
  readonly version: 1;
  /**
   * The case's virtual clock when saved. Must equal `now` on restore: kept so the document says when it was
   * taken.
   */
  readonly savedAt: Instant;
  /**
   * The case's virtual clock. On restore it must be a supported instant, not before the last event or timeline
   * entry, and advancing the replayed events to it must change nothing the document does not record (a `now`
   * moved past a running hold's deadline is refused). Within those bounds it is free data: the clock moved by
   * `advanceTo` without anything happening.
   */
  readonly now: Instant;
  /** What the case started from: replaying `events` from it must give `persisted` and `timeline`. */
  readonly input: DetainerCaseInput;
  readonly persisted: PersistedDetainerSnapshot;
  readonly timeline: TimelineEntry[];
  /** Every event the case accepted, parsed, in order. */
  readonly events: DetainerEvent[];
}

/**
 * One detainer case on a virtual clock: send events, move time, read the timeline and deadlines, explain,
 * fork, save and restore. Every call that is refused throws a `DetainerKitError` and leaves the case as it
 * was.
 */
export interface DetainerCase {
  /** The virtual clock. */
  readonly now: Instant;
  /** Dotted path of the active leaf state, e.g. `'holding'`. */
  readonly state: DetainerStatePath;
  readonly snapshot: DetainerSnapshot;
  readonly context: DetainerCaseContext;
  readonly status: 'active' | 'done';
  readonly outcome: CaseOutcome | null;
  readonly deadlines: readonly CaseDeadline[];
  readonly timeline: readonly TimelineEntry[];
  /**
   * Validates the event, advances the clock to its `at`, and applies it. Returns the new timeline entries
   * (two when the case passes through `deciding`). Throws `invalid-event` (bad shape, `at` before `now`, or an
   * instant outside `SUPPORTED_INSTANTS`) or `event-not-allowed` (the case cannot take it now, or already has
   * `MAX_CASE_EVENTS` events). An event at or after a running hold's deadline is accepted as the core defines
   * it: the hold ends at its deadline first (the person is released then), and the event changes nothing more.
   * Should the model fail unexpectedly, the case is left as it was and a `DetainerKitError` is thrown, never a
   * plain `Error`. For a value of unknown shape (JSON, a form), use {@link DetainerCase.sendUnknown}.
   */
  send(event: DetainerEventInput): TimelineEntry[];
  /** {@link DetainerCase.send} for a value of unknown shape: the same checks, the same errors. */
  sendUnknown(value: unknown): TimelineEntry[];
  /**
   * Whether `send(event)` would succeed, and if not, why not (never throws). `send` runs the very same check, so
   * the two always agree.
   */
  can(event: DetainerEventInput): CaseCheck;
  /** {@link DetainerCase.can} for a value of unknown shape. */
  canUnknown(value: unknown): CaseCheck;
  /** For every event type: can it happen next (core's `getEventAvailability`). */
  availableEvents(): EventAvailability[];
  /**
   * Moves the clock to `instant` (a supported instant, not before `now`), firing the hold deadline at its exact
   * instant on the way.
   */
  advanceTo(instant: string): TimelineEntry[];
  /** Moves the clock forward by `duration` (milliseconds, or days/hours/minutes). */
  advanceBy(duration: CaseDuration): TimelineEntry[];
  /** The earliest `upcoming` deadline, or `null`. */
  nextDeadline(): CaseDeadline | null;
  /**
   * The case in plain language, sentence by sentence, each with its sources, ending with the disclaimer; in
   * `options.lang` (`en` by default; `es` after `await loadLanguage('es')`).
   * @throws DetainerKitError (`invalid-input`) for a language other than `en` or `es`, or one not loaded yet.
   */
  explain(options?: ExplainOptions): CaseExplanation;
  /**
   * A new, independent case that replays this one up to timeline entry `seq` (with the rest of the step it
   * belongs to, e.g. the decision that follows a lodged detainer), its clock at that entry's instant; `-1`
   * gives the case as booked. The original is unchanged.
   */
  forkAt(seq: number, options?: CaseRestoreOptions): DetainerCase;
  /** The case as plain JSON (`format: 'detainer-kit/case'`, `version: 1`), for `restoreCase`. */
  toJSON(): PersistedCase;
  /** Calls `listener` after every change (event, clock move). Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops the actor; later `send` and `advance…` calls throw. */
  stop(): void;
}
