import { isPolicyPresetId, type JurisdictionPolicy, POLICY_PRESET_IDS } from '@detainer-kit/core';
import { isLawLayerFileFormat, parseLawLayerFile } from '../law/parse.js';
import type { LawLayerFile } from '../law/schema.js';
import { LESSON_LIBRARY } from '../lesson/library.js';
import { parseLesson } from '../lesson/parse.js';
import { LESSON_FORMAT, type Lesson } from '../lesson/schema.js';
import { listScenarioIds, SCENARIO_LIBRARY } from '../scenario/library.js';
import { parseScenario, scenarioIssues } from '../scenario/parse.js';
import { resolveScenarioPolicy, type ScenarioPolicyInput, ScenarioPolicySchema } from '../scenario/policy-ref.js';
import type { Scenario } from '../scenario/schema.js';
import { CliInputError, type CliIo } from './io.js';

/** Input files larger than this (in bytes) are refused before they are read: a scenario is a few kB. */
export const MAX_INPUT_BYTES = 5_000_000;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

const MISSING = Symbol('missing');

/** Reads a file through the CLI's io (at most {@link MAX_INPUT_BYTES}), turning Node errors into one line. */
export async function readText(io: CliIo, path: string): Promise<string> {
  const text = await readTextOrMissing(io, path, false);
  return text as string;
}

async function readTextOrMissing(io: CliIo, path: string, missingOk: boolean): Promise<string | typeof MISSING> {
  let text: string;
  try {
    text = await io.readFile(path, MAX_INPUT_BYTES);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EFBIG') throw tooLarge(path);
    if (code === 'ENOENT' && missingOk) return MISSING;
    const [why, fix] =
      code === 'ENOENT'
        ? ['no such file', 'check the path']
        : code === 'EISDIR'
          ? ['it is a directory, not a file', 'give the path of a JSON file in it']
          : code === 'EACCES' || code === 'EPERM'
            ? ['permission denied', 'check the file’s permissions']
            : [error instanceof Error ? error.message : String(error), 'check the path'];
    throw new CliInputError({ code: 'unreadable-file', field: path, problem: `cannot read ${path}: ${why}`, fix });
  }
  // A reader that ignores the cap (tests pass one) is still held to it.
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) throw tooLarge(path);
  return text;
}

function tooLarge(path: string): CliInputError {
  return new CliInputError({
    code: 'file-too-large',
    field: path,
    problem: `${path}: the file is over ${MAX_INPUT_BYTES / 1_000_000} MB`,
    fix: 'give a scenario or policy JSON file; those are a few kB',
  });
}

/** Reads and parses a JSON file. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  return parseJsonText(path, await readText(io, path));
}

function parseJsonText(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError({
      code: 'invalid-json',
      field: path,
      problem: `${path}: not valid JSON (${detail})`,
      fix: 'fix the JSON syntax (a validator or editor shows where)',
    });
  }
}

/** A scenario the CLI was given, and how to name it. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  /** The file path, or `library scenario "<id>"`. */
  readonly label: string;
}

/**
 * A `<scenario>` argument: a scenario file, or, when no file has that name, the id of a library scenario
 * (`detainer run weekday-rule-friday-release`).
 */
export async function loadScenario(io: CliIo, arg: string): Promise<LoadedScenario> {
  const text = await readTextOrMissing(io, arg, true);
  if (text === MISSING) {
    const fromLibrary = SCENARIO_LIBRARY.find((s) => s.id === arg);
    if (fromLibrary) return { scenario: fromLibrary, label: `library scenario "${arg}"` };
    throw new CliInputError({
      code: 'unknown-scenario',
      field: '<scenario>',
      problem: `${arg}: no such file or library scenario`,
      fix: `the library ids are: ${listScenarioIds().join(', ')}; or give the path of a scenario file`,
    });
  }
  return { scenario: parseScenario(parseJsonText(arg, text)), label: arg };
}

/** A resolved policy and how the user named it. */
export interface LoadedPolicy {
  readonly label: string;
  readonly ref: ScenarioPolicyInput;
  readonly policy: JurisdictionPolicy;
}

/**
 * A `--policy` value: a preset id, or a path to a JSON file holding a policy, or a preset with overrides
 * (`{ "preset": …, "overrides": … }`).
 */
export async function loadPolicy(io: CliIo, value: string): Promise<LoadedPolicy> {
  if (isPolicyPresetId(value)) return { label: value, ref: value, policy: resolveScenarioPolicy(value) };
  if (!/[./\\]/.test(value)) {
    throw new CliInputError({
      code: 'invalid-argument',
      field: '--policy',
      problem: `unknown policy preset "${value}"`,
      fix: `use one of ${POLICY_PRESET_IDS.join(', ')}, or a path to a policy JSON file`,
    });
  }
  const json = await readJson(io, value);
  const parsed = ScenarioPolicySchema.safeParse(json);
  if (!parsed.success) {
    const first = scenarioIssues(parsed.error)[0];
    throw new CliInputError({
      code: 'invalid-policy',
      field: first?.field ? `${value}: ${first.field}` : value,
      problem: `${value}: ${first?.field ? `${first.field}: ` : ''}${first?.message ?? 'not a valid policy'}`,
      fix: 'correct that field of the policy file (see `detainer policies --json` for complete policies)',
    });
  }
  const ref = parsed.data;
  const policy = resolveScenarioPolicy(ref);
  return { label: `${policy.name} (${value})`, ref, policy };
}

/** A file `detainer validate` was given: a scenario, a lesson or a law-layer file, told apart by its `format` field. */
export type LoadedFile =
  | { readonly kind: 'scenario'; readonly scenario: Scenario; readonly label: string }
  | { readonly kind: 'lesson'; readonly lesson: Lesson; readonly label: string }
  | { readonly kind: 'law-layers'; readonly file: LawLayerFile; readonly label: string };

/**
 * A `<file>` argument that may hold a scenario, a lesson (`"format": "detainer-kit/lesson"`) or a law-layer file
 * (`"format": "detainer-kit/law-layers"`), or, when no file
 * has that name, the id of a library lesson or scenario.
 */
export async function loadScenarioOrLesson(io: CliIo, arg: string): Promise<LoadedFile> {
  const text = await readTextOrMissing(io, arg, true);
  if (text === MISSING) {
    const lesson = LESSON_LIBRARY.find((l) => l.id === arg);
    if (lesson) return { kind: 'lesson', lesson, label: `library lesson "${arg}"` };
    const scenario = SCENARIO_LIBRARY.find((s) => s.id === arg);
    if (scenario) return { kind: 'scenario', scenario, label: `library scenario "${arg}"` };
    throw new CliInputError({
      code: 'unknown-scenario',
      field: '<file>',
      problem: `${arg}: no such file, library lesson or library scenario`,
      fix: `the library lessons are: ${LESSON_LIBRARY.map((l) => l.id).join(', ')}; the scenarios: ${listScenarioIds().join(', ')}; or give the path of a file`,
    });
  }
  const json = parseJsonText(arg, text);
  if ((json as { format?: unknown } | null)?.format === LESSON_FORMAT) {
    return { kind: 'lesson', lesson: parseLesson(json), label: arg };
  }
  if (isLawLayerFileFormat(json)) return { kind: 'law-layers', file: parseLawLayerFile(json), label: arg };
  return { kind: 'scenario', scenario: parseScenario(json), label: arg };
}
