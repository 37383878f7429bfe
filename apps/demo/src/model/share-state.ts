/**
 * Share links and scenario files at the app's edge: size limits, error messages people can act on, and the
 * scenario that captures the current branch. Decoding and validation are the SDK's (`decodeShareLink`,
 * `parseScenario`); this module never trusts the input and never turns it into markup.
 */
import {
  type DetainerEvent,
  DetainerKitError,
  decodeShareLink,
  type JurisdictionPolicy,
  MAX_SHARE_LINK_LENGTH,
  POLICY_PRESET_IDS,
  POLICY_PRESETS,
  parseScenario,
  type Scenario,
} from '@detainer-kit/sdk';

/** The largest scenario file the demo reads (bytes): well above any real scenario, far below a browser's limits. */
export const MAX_SCENARIO_FILE_BYTES = 256 * 1024;

/** The hash key that carries a share link: `#share=dk1.…`. */
export const SHARE_HASH_KEY = 'share';

export type ShareRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario; readonly position: number }
  | { readonly kind: 'error'; readonly message: string };

/** A short, plain message for any error thrown while reading input: the SDK's message, else a generic one. */
export function describeError(error: unknown, what: string): string {
  if (DetainerKitError.isInstance(error)) {
    const issues = error.issues.slice(0, 4).map((i) => (i.field ? `${i.field}: ${i.message}` : i.message));
    // The SDK's message ends "(and N more problems)"; the problems listed here are counted again at the end.
    const message = error.message.replace(/\s*\(and \d+ more problems?\)$/, '');
    const head = message.length > 400 ? `${message.slice(0, 400)}…` : message;
    const extra = issues.filter((i) => !head.includes(i));
    const rest = error.issues.length - issues.length;
    const tail = rest > 0 ? [`and ${rest} more problem${rest > 1 ? 's' : ''}`] : [];
    return [head, ...extra, ...tail].join(' • ');
  }
  return `The ${what} could not be read.`;
}

/** The share token in a location hash (`#share=dk1.…`), or null when the hash carries none. */
export function shareTokenFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === SHARE_HASH_KEY) return part.slice(eq + 1);
  }
  return raw.startsWith('dk') ? raw : null;
}

/** Reads a share link from a location hash. Never throws. */
export function readShareHash(hash: string): ShareRead {
  // Room for `#share=`, a compare part (`&compare=…`, at most 200 characters, read in compare-view.ts) and a law
  // part (`&law=…&asOf=…&lawOptions=…`, at most 600, read in law-view.ts).
  if (hash.length > MAX_SHARE_LINK_LENGTH + 920) {
    return {
      kind: 'error',
      message: `The share link is too long (${hash.length} characters; the limit is ${MAX_SHARE_LINK_LENGTH}).`,
    };
  }
  const token = shareTokenFromHash(hash);
  if (token === null) return { kind: 'none' };
  try {
    const { scenario, position } = decodeShareLink(token);
    return { kind: 'ok', scenario, position };
  } catch (error) {
    return { kind: 'error', message: `This share link cannot be opened: ${describeError(error, 'share link')}` };
  }
}

/** The hash to put in the address bar for a share token. */
export function shareHash(token: string): string {
  return `#${SHARE_HASH_KEY}=${token}`;
}

export type FileRead =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

/** Reads a scenario file's text (already loaded): size, JSON, then the SDK's scenario schema. Never throws. */
export function readScenarioFile(text: string, sizeBytes: number, fileName: string): FileRead {
  const name = fileName.length > 80 ? `${fileName.slice(0, 80)}…` : fileName;
  if (sizeBytes > MAX_SCENARIO_FILE_BYTES) {
    return {
      ok: false,
      message: `“${name}” is ${Math.round(sizeBytes / 1024)} kB; scenario files are at most ${MAX_SCENARIO_FILE_BYTES / 1024} kB.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `“${name}” is not a JSON file. Export a scenario from this app, or see the scenario format in the SDK.`,
    };
  }
  try {
    return { ok: true, scenario: parseScenario(json) };
  } catch (error) {
    return { ok: false, message: `“${name}” is not a valid scenario: ${describeError(error, 'scenario file')}` };
  }
}

/** The preset a policy is, unchanged, or null. */
export function presetIdOf(policy: JurisdictionPolicy): (typeof POLICY_PRESET_IDS)[number] | null {
  for (const id of POLICY_PRESET_IDS) {
    const preset = POLICY_PRESETS[id];
    if (JSON.stringify(preset) === JSON.stringify(policy)) return id;
  }
  return null;
}

/** What the current branch is made of: the start of the case and the events sent so far. */
export interface BranchFacts {
  readonly base: Pick<Scenario, 'id' | 'title' | 'custodian' | 'bookedAt'> & {
    readonly description?: string | undefined;
    readonly subject?: Scenario['subject'];
    readonly citations?: Scenario['citations'];
    /** The scenario's own law (a place and date its facts are decided under), kept so a branch is decided alike. */
    readonly law?: Scenario['law'];
  };
  readonly policy: JurisdictionPolicy;
  /** Every event the case accepted, in order (the SDK's `case.toJSON().events`). */
  readonly events: readonly DetainerEvent[];
  readonly now: string;
}

/**
 * A scenario file for the current branch: its start, its policy (a preset id when unchanged), every event the
 * case accepted, and its clock as `end` (the case fires its own deadlines again when run).
 */
export function scenarioFromBranch(facts: BranchFacts): Scenario {
  const steps = facts.events.map((e) => {
    const { at, ...event } = e;
    return { at, event };
  });
  const preset = presetIdOf(facts.policy);
  const lastAt =
    steps.length > 0 ? Date.parse(steps[steps.length - 1]?.at ?? facts.base.bookedAt) : Date.parse(facts.base.bookedAt);
  const candidate = {
    format: 'detainer-kit/scenario',
    version: 1,
    id: facts.base.id,
    title: facts.base.title,
    ...(facts.base.description ? { description: facts.base.description } : {}),
    ...(facts.base.citations && facts.base.citations.length > 0 ? { citations: facts.base.citations } : {}),
    custodian: facts.base.custodian,
    ...(facts.base.subject ? { subject: facts.base.subject } : {}),
    ...(facts.base.law ? { law: facts.base.law } : {}),
    policy: preset ?? facts.policy,
    bookedAt: facts.base.bookedAt,
    steps,
    ...(Date.parse(facts.now) > lastAt ? { end: facts.now } : {}),
  };
  return parseScenario(candidate);
}
