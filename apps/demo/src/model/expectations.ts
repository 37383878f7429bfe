/**
 * What the screen may say about a scenario's expectations. They are the author's claims about the scenario's
 * own line (its steps, under its policy): only that line, finished, gets "as expected" badges. Any other line
 * (a branch, another policy, changed facts) says how it differs; an unfinished line claims nothing.
 */
import { formatLocal, type ScenarioExpectation } from '@detainer-kit/sdk';

export type ExpectationView =
  | { readonly kind: 'none' }
  /** The scenario's own line, finished: each expectation met or not. */
  | { readonly kind: 'checked'; readonly items: readonly ScenarioExpectation[] }
  /** The scenario's own line, not finished yet: what it expects, no verdict. */
  | { readonly kind: 'pending'; readonly text: string }
  /** Another line: how its end differs from what the scenario expects (empty when it does not). */
  | { readonly kind: 'differs'; readonly finished: boolean; readonly differences: readonly string[] };

/** A value of an expectation in words: instants in the custodian's zone, hours in h, "none". */
export function expectationValue(field: ScenarioExpectation['field'], value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return 'none';
  if (field === 'holdEndsAt' && typeof value === 'string') return formatLocal(value, timeZone);
  if (field === 'hoursHeld' && typeof value === 'number') return `${Math.round(value * 100) / 100} h`;
  return String(value);
}

/**
 * `ownLine`: the shown line is the scenario's own; `finished`: the case shown has ended; `scenario`: the
 * scenario's run's expectations; `line`: the same expectations checked against the shown line's end (the
 * SDK's `runScenario` on the line's facts), used when it is not the scenario's own.
 */
export function expectationView(p: {
  readonly ownLine: boolean;
  readonly finished: boolean;
  readonly lineFinished: boolean;
  readonly scenario: readonly ScenarioExpectation[];
  readonly line: () => readonly ScenarioExpectation[];
  readonly timeZone: string;
}): ExpectationView {
  if (p.scenario.length === 0) return { kind: 'none' };
  if (p.ownLine) {
    if (p.finished) return { kind: 'checked', items: p.scenario };
    return {
      kind: 'pending',
      text: p.scenario.map((x) => `${x.field} ${expectationValue(x.field, x.expected, p.timeZone)}`).join(', '),
    };
  }
  const differences = p
    .line()
    .filter((x) => !x.met)
    .map(
      (x) =>
        `${x.field} ${expectationValue(x.field, x.actual, p.timeZone)}, the scenario expects ${expectationValue(x.field, x.expected, p.timeZone)}`,
    );
  return { kind: 'differs', finished: p.lineFinished, differences };
}
