/**
 * The simulator's session: one case per branch, a position in the active branch (time travel and playback),
 * and the facts each branch is made of (its "story": the scenario's steps, or the events the person sent),
 * kept apart from the policy so that a change of policy re-runs the same facts and a change back restores
 * them. Cases come from the SDK (`runScenario`, `compareScenario`, `forkAt`); the session only decides which
 * case is shown and when a new branch starts: when the person sends an event the story does not have.
 */
import {
  compareScenario,
  type DetainerCase,
  type JurisdictionPolicy,
  parseScenario,
  runScenario,
  type Scenario,
  type ScenarioComparisonRow,
  type ScenarioExpectation,
  type SkippedStep,
  type TimelineEntry,
} from '@detainer-kit/sdk';
import { en, type Messages } from '../i18n/en';
import { jurisdictionName, lawChoiceOf } from './law-view';
import { type BranchFacts, describeError, presetIdOf, scenarioFromBranch } from './share-state';
import { nextStep, previousStep, snapToStep, stepBoundaries } from './steps';
import { describePolicyChange, describeWhatIf, type WhatIf } from './what-if';

export interface Branch {
  readonly id: number;
  readonly label: string;
  readonly case: DetainerCase;
  /** The facts of this line, independent of the policy: the scenario itself, or the events sent on it. */
  readonly story: Scenario;
  readonly policy: JurisdictionPolicy;
  /** Steps of `story` the case could not take under `policy`, with the reason (kept in `story`). */
  readonly skipped: readonly SkippedStep[];
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
  /** The scenario as loaded: its facts, its policy and what its author expected. */
  readonly origin: Scenario;
  /** The policy the scenario's own run used. */
  readonly originPolicy: JurisdictionPolicy;
  /** What the scenario's author expected, checked on the scenario's own run. */
  readonly expectations: readonly ScenarioExpectation[];
  readonly branches: readonly Branch[];
  readonly branchId: number;
  /** The branch that holds the scenario's own steps. */
  readonly mainBranchId: number;
  /** The active branch's full case (its "future" when the view is in the past). */
  readonly head: DetainerCase;
  /** The case shown: the head, or a fork of it at `position` (its clock may be past that entry, in playback). */
  readonly current: DetainerCase;
  /** Timeline entries applied in the view (0 … head.timeline.length). */
  readonly position: number;
  readonly atHead: boolean;
  /** The entries the last action produced (for the diagram's animation). */
  readonly lastEntries: readonly TimelineEntry[];
  readonly message: Message | null;
  /** After a change of policy or facts: what it changes, in words. */
  readonly whatIf: WhatIf | null;
}

type Listener = () => void;

let messageIds = 0;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Two runs' entries are the same story when they leave and reach the same states at the same instants. */
function sameEntries(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const o = b[i];
      return !!o && e.at === o.at && e.from === o.from && e.to === o.to && sameJson(e.event, o.event);
    })
  );
}

/** The messages a session writes itself. */
export type SessionMessages = Pick<
  Messages,
  'skippedSteps' | 'branchStarts' | 'whatIf' | 'replayed' | 'replayedSkipped' | 'replayedLaw'
>;

export class Session {
  private listeners = new Set<Listener>();
  private view: SessionView;
  private nextBranchId = 1;
  private lineCache: { version: number; value: readonly ScenarioExpectation[] } | null = null;
  /** The words of the session's own messages, in the UI's language (English until {@link setMessages}). */
  private words: SessionMessages = en;

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

  /** The language of the messages the session writes from now on (the UI's `t`). */
  setMessages(words: SessionMessages): void {
    this.words = words;
  }

  /** Shows a message without changing the case. */
  notify(tone: Message['tone'], text: string): void {
    this.commit({ message: this.say(tone, text) });
  }

  dismissMessage(): void {
    this.commit({ message: null });
  }

  private activeBranch(): Branch {
    const b = this.view.branches.find((x) => x.id === this.view.branchId);
    if (!b) throw new Error('no active branch');
    return b;
  }

  /** True when the shown line is the scenario's own: its steps, its facts, its policy. */
  isOwnLine(): boolean {
    const { branchId, mainBranchId, origin, policy, originPolicy } = this.view;
    return branchId === mainBranchId && this.activeBranch().story === origin && sameJson(policy, originPolicy);
  }

  /**
   * The scenario's expectations checked against the end of the active line (the SDK's `runScenario` on its
   * facts and policy), for a line that is not the scenario's own. Cached per view.
   */
  lineExpectations(): readonly ScenarioExpectation[] {
    const v = this.view;
    if (this.lineCache?.version === v.version) return this.lineCache.value;
    let value: readonly ScenarioExpectation[] = [];
    if (v.origin.expect) {
      try {
        const branch = this.activeBranch();
        const run = runScenario({ ...branch.story, expect: v.origin.expect }, { policy: branch.policy });
        run.case.stop();
        value = run.expectations;
      } catch {
        value = [];
      }
    }
    this.lineCache = { version: v.version, value };
    return value;
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
  ): SessionView {
    const run = runScenario(scenario);
    const story = run.scenario;
    const head = run.case;
    const branch: Branch = {
      id: this.nextBranchId++,
      label: 'Main branch',
      case: head,
      story,
      policy: run.policy,
      skipped: run.skippedSteps,
    };
    const length = head.timeline.length;
    const bounds = stepBoundaries(head.timeline, this.isTransient);
    const pos = position < 0 ? 0 : snapToStep(bounds, Math.min(position, length));
    const current = pos === length ? head : this.forkAtPosition(head, pos);
    const skipped = run.skippedSteps;
    const note =
      skipped.length > 0
        ? this.say('warn', `${message ? `${message.text} ` : ''}${this.words.skippedSteps(skipped.length)}`)
        : message;
    return {
      version,
      base: baseOf(story),
      policy: run.policy,
      scenarioId: story.id,
      origin: story,
      originPolicy: run.policy,
      expectations: run.expectations,
      branches: [branch],
      branchId: branch.id,
      mainBranchId: branch.id,
      head,
      current,
      position: pos,
      atHead: current === head,
      lastEntries: head.timeline.slice(previousStep(bounds, pos), pos),
      message: note,
      whatIf: null,
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
    const entryAt = pos > 0 ? head.timeline[pos - 1]?.at : null;
    const same = pos === this.view.position && (atHead || (pos !== length && current.now === (entryAt ?? current.now)));
    if (same && pos > 0) return;
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

  /**
   * Shows the active branch at `instant`: every step of its story up to then applied, deadlines fired on the
   * way, the clock at `instant` (the end of the branch at the latest). This is how playback and the clock
   * buttons move through a story without changing it.
   */
  private showAt(instant: string): void {
    const { head, current, atHead, position } = this.view;
    const t = Date.parse(instant);
    const length = head.timeline.length;
    if (t >= Date.parse(head.now)) {
      if (atHead) return;
      current.stop();
      this.commit({
        current: head,
        position: length,
        atHead: true,
        lastEntries: position < length ? head.timeline.slice(position, length) : this.view.lastEntries,
      });
      return;
    }
    let count = 0;
    while (count < length && Date.parse(head.timeline[count]?.at ?? '') <= t) count++;
    const bounds = this.boundaries(head);
    const pos = snapToStep(bounds, count);
    let next = current;
    if (atHead || pos !== position) {
      if (!atHead) current.stop();
      next = this.forkAtPosition(head, pos);
    }
    if (t > Date.parse(next.now) && next.status === 'active') next.advanceTo(instant);
    this.commit({
      current: next,
      position: pos,
      atHead: false,
      lastEntries:
        pos === position
          ? this.view.lastEntries
          : head.timeline.slice(position < pos ? position : previousStep(bounds, pos), pos),
    });
  }

  /** The story of a line after its head changed: the events it took, with the skipped steps kept. */
  private storyOf(c: DetainerCase, from: Scenario, carried: readonly Scenario['steps'][number][]): Scenario {
    const built = scenarioFromBranch({
      base: baseOf(from),
      policy: this.view.policy,
      events: c.toJSON().events,
      now: c.now,
    });
    const steps = [...built.steps];
    for (const step of carried) {
      const t = Date.parse(step.at);
      let i = steps.length;
      while (i > 0 && Date.parse(steps[i - 1]?.at ?? '') > t) i--;
      steps.splice(i, 0, step);
    }
    const { end, ...rest } = built;
    return parseScenario({ ...rest, steps, ...(c.status === 'active' && end ? { end } : {}) });
  }

  /** The skipped steps of a branch's story, as steps (to carry them into a new story). */
  private skippedSteps(branch: Branch, before: number): Scenario['steps'][number][] {
    return branch.skipped
      .filter((k) => Date.parse(k.at) <= before)
      .map((k) => branch.story.steps[k.index])
      .filter((s): s is Scenario['steps'][number] => s !== undefined);
  }

  /** The steps of `story` that cannot happen under `policy` (the SDK's `runScenario` says which and why). */
  private skippedOf(story: Scenario, policy: JurisdictionPolicy): readonly SkippedStep[] {
    const run = runScenario(story, { policy });
    run.case.stop();
    return run.skippedSteps;
  }

  /** Replaces the active branch (same id) with `patch`. */
  private updateBranch(patch: Partial<Branch>): Branch[] {
    return this.view.branches.map((b) => (b.id === this.view.branchId ? { ...b, ...patch } : b));
  }

  /**
   * Sends an event to the shown case. If the active story has it next (same instant, same event), the view
   * just moves on; otherwise, from the past or on the scenario's own line, a new branch starts and the app
   * says so. Returns false if refused.
   */
  send(event: unknown): boolean {
    const { current, atHead, head, position } = this.view;
    const check = current.canUnknown(event);
    if (!check.allowed) {
      this.notify('warn', check.why ?? 'This event cannot happen now.');
      return false;
    }
    try {
      const branch = this.activeBranch();
      const own = branch.story === this.view.origin;
      if (atHead && !own) {
        const entries = head.sendUnknown(event);
        const story = this.storyOf(head, branch.story, this.skippedSteps(branch, Date.parse(head.now)));
        this.commit({
          branches: this.updateBranch({ story, skipped: this.skippedOf(story, branch.policy) }),
          position: head.timeline.length,
          lastEntries: entries,
          message: null,
          whatIf: null,
        });
        return true;
      }
      // A copy to try the event on: the shown fork, or (at the head of the scenario's own line) a fork of it.
      let probe = current;
      if (atHead) {
        probe = this.forkAtPosition(head, head.timeline.length);
        if (Date.parse(head.now) > Date.parse(probe.now)) probe.advanceTo(head.now);
      }
      const entries = probe.sendUnknown(event);
      if (!atHead && sameEntries(entries, head.timeline.slice(position, position + entries.length))) {
        // The story's own next step: no branch, the view moves on.
        probe.stop();
        const target = position + entries.length;
        const next = target >= head.timeline.length ? head : this.forkAtPosition(head, target);
        this.commit({ current: next, position: target, atHead: next === head, lastEntries: entries, message: null });
        return true;
      }
      const number = this.view.branches.length + 1;
      const story = this.storyOf(probe, branch.story, this.skippedSteps(branch, Date.parse(probe.now)));
      const newBranch: Branch = {
        id: this.nextBranchId++,
        label: `Branch ${number} (from entry ${position} of ${branch.label})`,
        case: probe,
        story,
        policy: this.view.policy,
        skipped: this.skippedOf(story, this.view.policy),
      };
      const kept = [...this.view.branches, newBranch].slice(-8);
      // The main branch is never dropped: it holds the scenario's own steps.
      if (!kept.some((b) => b.id === this.view.mainBranchId)) {
        const main = this.view.branches.find((b) => b.id === this.view.mainBranchId);
        if (main) kept.splice(0, 1, main);
      }
      this.commit({
        branches: kept,
        branchId: newBranch.id,
        head: probe,
        current: probe,
        atHead: true,
        position: probe.timeline.length,
        lastEntries: entries,
        message: this.say('info', this.words.branchStarts(number)),
        whatIf: null,
      });
      return true;
    } catch (error) {
      this.notify('error', describeError(error, 'event'));
      return false;
    }
  }

  /**
   * Moves the virtual clock. In the past, along the story (its steps are applied as the clock reaches them;
   * no branch starts). At the head, the case's own clock moves, firing deadlines on the way.
   */
  advanceTo(instant: string): void {
    const { current, atHead, head } = this.view;
    if (Date.parse(instant) <= Date.parse(current.now)) return;
    if (!atHead) {
      this.showAt(instant);
      return;
    }
    if (head.status !== 'active') return;
    const entries = head.advanceTo(instant);
    const branch = this.activeBranch();
    const story = this.storyOf(head, branch.story, this.skippedSteps(branch, Date.parse(head.now)));
    this.commit({
      branches: this.updateBranch({ story, skipped: this.skippedOf(story, branch.policy) }),
      position: head.timeline.length,
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
      base: baseOf(branch.story),
      policy: branch.policy,
      whatIf: null,
    });
  }

  /**
   * Re-runs the active branch's facts under another setup (policy, custodian's time zone, person): the
   * "what if" of the simulator. The view stays at the same instant; steps the new setup makes impossible are
   * listed as skipped (and come back when the setup is changed back); the summary says what changed.
   */
  replay(change: {
    policy?: JurisdictionPolicy;
    custodian?: BranchFacts['base']['custodian'];
    subject?: BranchFacts['base']['subject'];
    /**
     * The law the facts are decided under (the scenario's `law`: a jurisdiction, an as-of date, options), or
     * `null` for none (the policy alone). The SDK decides each step under the layers in force on its date.
     */
    law?: Scenario['law'] | null;
  }): void {
    const { head: oldHead, current: oldCurrent, atHead: wasAtHead, policy: oldPolicy, origin } = this.view;
    const branch = this.activeBranch();
    const instant = oldCurrent.now;
    const policy = change.policy ?? oldPolicy;
    const lawChanged = change.law !== undefined;
    const factsChanged = change.custodian !== undefined || change.subject !== undefined || lawChanged;
    let story = branch.story;
    let a: ScenarioComparisonRow;
    let b: ScenarioComparisonRow;
    let changeText: string;
    try {
      if (factsChanged) {
        const { law: oldLaw, ...withoutLaw } = story;
        const law = lawChanged ? (change.law ?? undefined) : oldLaw;
        const candidate = parseScenario({
          ...withoutLaw,
          ...(change.custodian ? { custodian: change.custodian } : {}),
          ...(change.subject ? { subject: change.subject } : {}),
          ...(law === undefined ? {} : { law }),
        });
        story = sameJson(candidate, origin) ? origin : candidate;
        const before = compareScenario(branch.story, [oldPolicy]).rows[0];
        const after = compareScenario(story, [policy]).rows[0];
        if (!before || !after) throw new Error('no comparison');
        before.run.case.stop();
        a = before;
        b = after;
        changeText = change.custodian
          ? this.words.whatIf.inZone(change.custodian.timeZone)
          : lawChanged
            ? this.words.whatIf.underLaw(...lawWords(story.law))
            : this.words.whatIf.changedFacts;
      } else {
        const cmp = compareScenario(story, [oldPolicy, policy]);
        const [before, after] = cmp.rows;
        if (!before || !after) throw new Error('no comparison');
        before.run.case.stop();
        a = before;
        b = after;
        changeText = describePolicyChange(cmp.differences[0]?.policyDifferences ?? [], policy, this.words.whatIf);
      }
    } catch (error) {
      this.notify('error', describeError(error, 'setup'));
      return;
    }
    const head = b.run.case;
    const skipped = b.run.skippedSteps;
    const whatIf = describeWhatIf(a, b, changeText, story.custodian.timeZone, this.words.whatIf);
    if (!wasAtHead) oldCurrent.stop();
    oldHead.stop();
    const tail = skipped.length > 0 ? this.words.replayedSkipped(skipped.length) : '';
    this.view = {
      ...this.view,
      base: baseOf(story),
      policy,
      branches: this.updateBranch({ case: head, story, policy, skipped }),
      head,
      current: head,
      atHead: true,
      position: head.timeline.length,
    };
    // The same instant as before the change (or the end of the new run, if it ends earlier).
    if (Date.parse(instant) < Date.parse(head.now)) {
      this.view = { ...this.view, current: this.forkAtPosition(head, 0), atHead: false, position: 0 };
      this.showAt(instant);
    }
    const shown = this.view.position;
    const bounds = this.boundaries(head);
    this.commit({
      whatIf,
      lastEntries: head.timeline.slice(previousStep(bounds, shown), shown),
      message: this.say(
        whatIf.changes.some((c) => c.field === 'outcome') || skipped.length > 0 ? 'warn' : 'info',
        lawChanged
          ? this.words.replayedLaw(...lawWords(story.law), tail)
          : this.words.replayed(
              policy.name,
              change.custodian ? story.custodian.timeZone : null,
              Boolean(change.subject),
              tail,
            ),
      ),
    });
  }

  /** Steps of the active branch's story that its case could not take, with the reason. */
  skipped(): readonly SkippedStep[] {
    return this.activeBranch().skipped;
  }

  /**
   * The active branch as a scenario file (for export and share links): its facts, skipped steps included, and
   * the policy in force; the author's expectations only on the scenario's own line (they are claims about
   * it). Throws a `DetainerKitError` if invalid.
   */
  toScenario(): Scenario {
    const { expect, policy: _policy, ...story } = this.activeBranch().story;
    const policy = this.view.policy;
    return parseScenario({
      ...story,
      policy: presetIdOf(policy) ?? policy,
      ...(expect && this.isOwnLine() ? { expect } : {}),
    });
  }
}

/** A law in the words' arguments: the jurisdiction's name and the as-of date (null: at each decision's date). */
function lawWords(law: Scenario['law']): [string, string | null] {
  const choice = lawChoiceOf(law);
  return [jurisdictionName(choice.jurisdiction), choice.asOf];
}

function baseOf(s: Scenario): BranchFacts['base'] {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    citations: s.citations,
    custodian: s.custodian,
    subject: s.subject,
    bookedAt: s.bookedAt,
    law: s.law,
  };
}
