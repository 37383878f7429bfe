/**
 * The simulator's session: one case per branch, a position in the active branch (time travel), and the
 * setup (custodian, person, policy) every branch starts from. Cases come from the SDK (`createCase`, `forkAt`);
 * the session only decides which case is shown and when a new branch starts.
 */
import {
  type DetainerCase,
  type JurisdictionPolicy,
  runScenario,
  type Scenario,
  type ScenarioExpectation,
  type TimelineEntry,
} from '@detainer-kit/sdk';
import { type BranchFacts, describeError, scenarioFromBranch } from './share-state';
import { nextStep, previousStep, snapToStep, stepBoundaries } from './steps';

export interface Branch {
  readonly id: number;
  readonly label: string;
  readonly case: DetainerCase;
}

export interface Message {
  readonly id: number;
  readonly tone: 'info' | 'warn' | 'error';
  readonly text: string;
}

/** What the UI renders; a new object after every change. */
export interface SessionView {
  readonly version: number;
  readonly base: BranchFacts['base'];
  readonly policy: JurisdictionPolicy;
  readonly scenarioId: string | null;
  /** What the scenario's author expected, compared with the run (empty after a replay). */
  readonly expectations: readonly ScenarioExpectation[];
  readonly branches: readonly Branch[];
  readonly branchId: number;
  /** The active branch's full case (its "future" when the view is in the past). */
  readonly head: DetainerCase;
  /** The case shown: the head, or a fork of it at `position`. */
  readonly current: DetainerCase;
  /** Timeline entries applied in the view (0 … head.timeline.length). */
  readonly position: number;
  readonly atHead: boolean;
  /** The entries the last action produced (for the diagram's animation). */
  readonly lastEntries: readonly TimelineEntry[];
  readonly message: Message | null;
}

type Listener = () => void;

let messageIds = 0;

export class Session {
  private listeners = new Set<Listener>();
  private view: SessionView;
  private nextBranchId = 1;

  /** `isTransient` tells which states are passed through within one step (read from the machine graph). */
  constructor(
    scenario: Scenario,
    position: number,
    private readonly isTransient: (stateId: string) => boolean,
  ) {
    this.view = this.fromScenario(scenario, position, 0);
  }

  private boundaries(head: DetainerCase = this.view.head): number[] {
    return stepBoundaries(head.timeline, this.isTransient);
  }

  /** Positions at which a step is complete in the active branch. */
  stepPositions(): number[] {
    return this.boundaries();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): SessionView => this.view;

  private commit(patch: Partial<SessionView>): void {
    this.view = { ...this.view, ...patch, version: this.view.version + 1 };
    for (const l of this.listeners) l();
  }

  private say(tone: Message['tone'], text: string): Message {
    messageIds += 1;
    return { id: messageIds, tone, text };
  }

  /** Shows a message without changing the case. */
  notify(tone: Message['tone'], text: string): void {
    this.commit({ message: this.say(tone, text) });
  }

  dismissMessage(): void {
    this.commit({ message: null });
  }

  /**
   * Runs a scenario with the SDK (`runScenario`: every step, deadlines on the way, then its end) into one
   * branch, then shows the moment after `position` timeline entries (snapped to a whole step).
   */
  private fromScenario(
    scenario: Scenario,
    position: number,
    version: number,
    message: Message | null = null,
    policyOverride?: JurisdictionPolicy,
  ): SessionView {
    const run = runScenario(scenario, policyOverride ? { policy: policyOverride } : {});
    const base: BranchFacts['base'] = {
      id: run.scenario.id,
      title: run.scenario.title,
      description: run.scenario.description,
      citations: run.scenario.citations,
      custodian: run.scenario.custodian,
      subject: run.scenario.subject,
      bookedAt: run.scenario.bookedAt,
    };
    const head = run.case;
    const branch: Branch = { id: this.nextBranchId++, label: 'Main branch', case: head };
    const length = head.timeline.length;
    const bounds = stepBoundaries(head.timeline, this.isTransient);
    const pos = position < 0 ? 0 : snapToStep(bounds, Math.min(position, length));
    const current = pos === length ? head : this.forkAtPosition(head, pos);
    const skipped = run.skippedSteps;
    const note =
      skipped.length > 0
        ? this.say(
            'warn',
            `${message ? `${message.text} ` : ''}${skipped.length} step(s) could not happen and were left out: ${skipped
              .slice(0, 3)
              .map((k) => `${k.type} (${k.why})`)
              .join('; ')}`,
          )
        : message;
    return {
      version,
      base,
      policy: run.policy,
      scenarioId: run.scenario.id,
      expectations: run.expectations,
      branches: [branch],
      branchId: branch.id,
      head,
      current,
      position: pos,
      atHead: current === head,
      lastEntries: head.timeline.slice(previousStep(bounds, pos), pos),
      message: note,
    };
  }

  private forkAtPosition(head: DetainerCase, position: number): DetainerCase {
    if (position <= 0) return head.forkAt(-1);
    const entry = head.timeline[position - 1];
    return entry ? head.forkAt(entry.seq) : head;
  }

  /** Loads a scenario: its steps become the main branch, shown from `position` (default: the start). */
  loadScenario(scenario: Scenario, position = 0, message?: string): void {
    try {
      const view = this.fromScenario(
        scenario,
        position,
        this.view.version + 1,
        message ? this.say('info', message) : null,
      );
      this.disposeAll();
      this.view = view;
      for (const l of this.listeners) l();
    } catch (error) {
      this.notify('error', `The scenario could not be loaded: ${describeError(error, 'scenario')}`);
    }
  }

  private disposeAll(): void {
    for (const b of this.view.branches) b.case.stop();
    if (!this.view.atHead) this.view.current.stop();
  }

  /** Shows the moment after `position` timeline entries of the active branch. */
  goTo(position: number): void {
    const { head, current, atHead } = this.view;
    const length = head.timeline.length;
    const bounds = this.boundaries(head);
    const pos = snapToStep(bounds, Math.max(0, Math.min(position, length)));
    if (pos === this.view.position && (atHead || pos !== length)) return;
    const next = pos === length ? head : this.forkAtPosition(head, pos);
    if (!atHead && current !== next) current.stop();
    const from = previousStep(bounds, pos);
    this.commit({
      current: next,
      position: pos,
      atHead: next === head,
      lastEntries: pos > 0 ? head.timeline.slice(from, pos) : [],
      message: null,
    });
  }

  /** One step forward along the branch (redo), or one back. */
  stepForward(): void {
    this.goTo(nextStep(this.boundaries(), this.view.position));
  }

  stepBack(): void {
    this.goTo(previousStep(this.boundaries(), this.view.position));
  }

  /** Makes the shown case the head of a new branch when the view is in the past. */
  private diverge(): void {
    const { current, atHead, branches, position, branchId } = this.view;
    if (atHead) return;
    const from = branches.find((b) => b.id === branchId);
    const branch: Branch = {
      id: this.nextBranchId++,
      label: `Branch ${branches.length + 1} (from entry ${position} of ${from?.label ?? 'a branch'})`,
      case: current,
    };
    this.view = {
      ...this.view,
      branches: [...branches, branch].slice(-8),
      branchId: branch.id,
      head: current,
      atHead: true,
      position: current.timeline.length,
    };
  }

  /** Sends an event to the shown case; from the past, it starts a new branch. Returns false if refused. */
  send(event: unknown): boolean {
    const check = this.view.current.canUnknown(event);
    if (!check.allowed) {
      this.notify('warn', check.why ?? 'This event cannot happen now.');
      return false;
    }
    try {
      this.diverge();
      const entries = this.view.head.sendUnknown(event);
      this.commit({ position: this.view.head.timeline.length, lastEntries: entries, message: null });
      return true;
    } catch (error) {
      this.notify('error', describeError(error, 'event'));
      return false;
    }
  }

  /** Moves the virtual clock (firing deadlines on the way); from the past, it starts a new branch. */
  advanceTo(instant: string): void {
    const { current } = this.view;
    if (Date.parse(instant) <= Date.parse(current.now)) return;
    this.diverge();
    const entries = this.view.head.advanceTo(instant);
    this.commit({
      position: this.view.head.timeline.length,
      lastEntries: entries.length > 0 ? entries : this.view.lastEntries,
    });
  }

  advanceBy(ms: number): void {
    this.advanceTo(new Date(Date.parse(this.view.current.now) + ms).toISOString());
  }

  /** Jumps to the next deadline of the shown case, if any. */
  jumpToNextDeadline(): boolean {
    const next = this.view.current.nextDeadline();
    if (!next) {
      this.notify('info', 'No deadline is ahead in this case.');
      return false;
    }
    this.advanceTo(next.at);
    return true;
  }

  selectBranch(id: number): void {
    const branch = this.view.branches.find((b) => b.id === id);
    if (!branch || id === this.view.branchId) return;
    if (!this.view.atHead) this.view.current.stop();
    this.commit({
      branchId: id,
      head: branch.case,
      current: branch.case,
      atHead: true,
      position: branch.case.timeline.length,
      lastEntries: [],
    });
  }

  /**
   * Replays the active branch's events under another setup (policy, custodian's time zone, person): the
   * "what if" of the simulator. Events the new case cannot take are left out and listed.
   */
  replay(change: {
    policy?: JurisdictionPolicy;
    custodian?: BranchFacts['base']['custodian'];
    subject?: BranchFacts['base']['subject'];
  }): void {
    const { head: oldHead, base: oldBase, policy: oldPolicy } = this.view;
    const base = {
      ...oldBase,
      ...(change.custodian ? { custodian: change.custodian } : {}),
      ...(change.subject ? { subject: change.subject } : {}),
    };
    const policy = change.policy ?? oldPolicy;
    let next: SessionView;
    try {
      const scenario = scenarioFromBranch({ base, policy, events: oldHead.toJSON().events, now: oldHead.now });
      next = this.fromScenario(scenario, Number.MAX_SAFE_INTEGER, this.view.version + 1, null, policy);
    } catch (error) {
      this.notify('error', describeError(error, 'setup'));
      return;
    }
    const head = next.head;
    const before = oldHead.outcome;
    const after = head.outcome;
    const parts = [
      `Replayed under “${policy.name}”${change.custodian ? ` in ${base.custodian.timeZone}` : ''}${change.subject ? ' with the changed facts about the person' : ''}.`,
    ];
    if ((before?.code ?? null) !== (after?.code ?? null) || before?.reason !== after?.reason)
      parts.push(`The outcome changes: ${after?.text ?? 'the case is still open.'}`);
    else if (after) parts.push('Same outcome.');
    if (next.message) parts.push(next.message.text);
    if (!this.view.atHead) this.view.current.stop();
    const branches = this.view.branches.map((b) => (b.id === this.view.branchId ? { ...b, case: head } : b));
    oldHead.stop();
    this.commit({
      base,
      policy,
      expectations: [],
      branches,
      head,
      current: head,
      atHead: true,
      position: head.timeline.length,
      lastEntries: head.timeline.slice(previousStep(this.boundaries(head), head.timeline.length)),
      message: this.say(before?.code !== after?.code || next.message ? 'warn' : 'info', parts.join(' ')),
    });
  }

  /** The facts of the active branch (its whole future too), for a share link or an exported file; `position` says where the view is. */
  facts(): BranchFacts {
    const { base, policy, head } = this.view;
    return { base, policy, events: head.toJSON().events, now: head.now };
  }

  /** The active branch as a scenario file (for export and share links). Throws a `DetainerKitError` if invalid. */
  toScenario(): Scenario {
    return scenarioFromBranch(this.facts());
  }
}
