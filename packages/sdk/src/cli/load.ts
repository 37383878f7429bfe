import { isPolicyPresetId, type JurisdictionPolicy, POLICY_PRESET_IDS } from '@detainer-kit/core';
import { scenarioIssues } from '../scenario/parse.js';
import { resolveScenarioPolicy, type ScenarioPolicyInput, ScenarioPolicySchema } from '../scenario/policy-ref.js';
import { CliInputError, type CliIo } from './io.js';

/** Reads a file through the CLI's io, turning Node errors into one readable line. */
export async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new CliInputError(`cannot read ${path}: ${why}`);
  }
}

/** Input files larger than this are refused before parsing. */
const MAX_INPUT_CHARS = 5_000_000;

/** Reads and parses a JSON file. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = await readText(io, path);
  if (text.length > MAX_INPUT_CHARS) {
    throw new CliInputError(
      `${path}: the file is over ${MAX_INPUT_CHARS / 1_000_000} MB; a scenario or policy file is far smaller`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError(`${path}: not valid JSON (${detail})`);
  }
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
    throw new CliInputError(
      `unknown policy preset "${value}": use one of ${POLICY_PRESET_IDS.join(', ')}, or a path to a policy JSON file`,
    );
  }
  const json = await readJson(io, value);
  const parsed = ScenarioPolicySchema.safeParse(json);
  if (!parsed.success) {
    const first = scenarioIssues(parsed.error)[0];
    throw new CliInputError(
      `${value}: ${first?.field ? `${first.field}: ` : ''}${first?.message ?? 'not a valid policy'}`,
    );
  }
  const ref = parsed.data;
  const policy = resolveScenarioPolicy(ref);
  return { label: `${policy.name} (${value})`, ref, policy };
}
