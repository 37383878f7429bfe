import { DetainerKitError, type InputIssue } from '@detainer-kit/core';
import type { z } from 'zod';
import { MAX_SCENARIO_STEPS, type Scenario, type ScenarioInput, ScenarioSchema } from './schema.js';

type Issue = z.core.$ZodIssue;

function rootLevel(issues: readonly Issue[]): number {
  return issues.filter((i) => i.path.length === 0).length;
}

/**
 * Zod reports a failed union as one `invalid_union` issue holding every branch's issues. A person needs the
 * branch they meant: the one whose problems are deepest (fewest at its root), then fewest.
 */
function flatten(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      let best: readonly Issue[] | undefined;
      for (const branch of issue.errors) {
        if (
          best === undefined ||
          rootLevel(branch) < rootLevel(best) ||
          (rootLevel(branch) === rootLevel(best) && branch.length < best.length)
        ) {
          best = branch;
        }
      }
      out.push(...flatten(best ?? [], path));
    } else {
      out.push({ ...issue, path } as Issue);
    }
  }
  return out;
}

function messageOf(issue: Issue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `is required (expected ${issue.expected})`;
  }
  return issue.message;
}

/** Turns zod issues into the project's issues, with dotted paths (`steps.3.event.reason`). */
export function scenarioIssues(error: z.ZodError, prefix = ''): InputIssue[] {
  return flatten(error.issues).map((issue) => ({
    field: [prefix, issue.path.map(String).join('.')].filter(Boolean).join('.'),
    message: messageOf(issue),
    code: issue.code,
  }));
}

/** The project error for a list of scenario issues; the message names the first field and its fix. */
export function invalidScenario(
  issues: readonly InputIssue[],
  what = 'scenario',
  cause?: unknown,
): DetainerKitError<'invalid-scenario'> {
  const first = issues[0];
  const where = first?.field ? `${first.field}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new DetainerKitError<'invalid-scenario'>({
    code: 'invalid-scenario',
    message: `Invalid ${what}: ${where}${first?.message ?? 'unknown problem'}${more}`,
    issues,
    cause,
  });
}

/**
 * Parses a scenario (from a JSON file, a share link, a form) or throws a `DetainerKitError` with code
 * `invalid-scenario` whose message names the field and the fix, and whose `issues` list every problem.
 *
 * @example
 * parseScenario(JSON.parse(text))
 * // throws: Invalid scenario: steps.2.event.reason: expected a release reason: "bond-posted", …
 */
export function parseScenario(value: unknown): Scenario {
  const steps = (value as { steps?: unknown } | null)?.steps;
  if (Array.isArray(steps) && steps.length > MAX_SCENARIO_STEPS) {
    throw invalidScenario([
      {
        field: 'steps',
        code: 'too_big',
        message: `a scenario has at most ${MAX_SCENARIO_STEPS} steps; this one has ${steps.length}: split it into several scenarios`,
      },
    ]);
  }
  const result = ScenarioSchema.safeParse(value);
  if (!result.success) throw invalidScenario(scenarioIssues(result.error), 'scenario', result.error);
  return result.data;
}

/**
 * True when `value` is a valid scenario, as written (a {@link ScenarioInput}: instants in any offset, defaults
 * left out); {@link parseScenario} gives its normalized {@link Scenario}.
 */
export function isScenario(value: unknown): value is ScenarioInput {
  return ScenarioSchema.safeParse(value).success;
}
