import { canonicalTimeZone, TimeZoneSchema } from '@detainer-kit/core';
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/**
 * The stable address of the scenario JSON Schema: its `$id`, and the `$schema` every library scenario starts
 * with. It is the file `schema/scenario.schema.json` of the latest published `@detainer-kit/sdk`, served by
 * jsDelivr from npm, so a scenario copied anywhere still finds its schema (and editors autocomplete it).
 */
export const SCENARIO_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@detainer-kit/sdk/schema/scenario.schema.json';

/**
 * Current IANA names that some platforms' time-zone data (ICU/CLDR, e.g. Node 20's) still reports under an
 * older name (`Asia/Kolkata` → `Asia/Calcutta`). They are offered in the JSON Schema next to the names the
 * platform lists, so an editor does not flag the name people now write. Only those the platform accepts are kept.
 */
const CURRENT_IANA_NAMES = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
];

/** `UTC` and the fixed-offset `Etc/GMT±N` zones, which `Intl.supportedValuesOf` leaves out. */
const FIXED_ZONES = [
  'UTC',
  ...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${i + 1}`),
];

/**
 * The time-zone names the JSON Schema allows: every zone the platform lists (`Intl.supportedValuesOf`) under
 * the name the parser stores it as, `UTC` and `Etc/GMT±N`, and the current IANA names of renamed zones. Each
 * one is accepted by core's `TimeZoneSchema`, so the schema never allows a name the parser refuses. The parser
 * also takes other letter cases and old aliases (`america/new_york`, `US/Eastern`) and stores the canonical
 * name; the schema lists only the names as they should be written.
 */
export function scenarioTimeZoneNames(): string[] {
  const names = new Set<string>();
  for (const zone of [...Intl.supportedValuesOf('timeZone'), ...FIXED_ZONES]) {
    const canonical = canonicalTimeZone(zone);
    if (canonical !== undefined) names.add(canonical);
  }
  for (const zone of CURRENT_IANA_NAMES) if (canonicalTimeZone(zone) !== undefined) names.add(zone);
  return [...names].sort();
}

/**
 * Which platform the time-zone names came from (`Intl` of that Node major, its tz data version). The drift test
 * compares the list exactly only on the same platform; elsewhere it checks that every listed name is accepted.
 */
export function timeZoneDataComment(): string {
  // `globalThis.process`: the SDK also runs in browsers, where there is none.
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  const platform = versions?.node ? `Node ${versions.node.split('.')[0]}` : 'a JavaScript engine';
  return `names from Intl of ${platform}, time-zone data ${versions?.tz ?? 'unknown'}`;
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `type` constant of a union branch, when the branch is an object tagged by `type`. */
function tagOf(branch: unknown): string | undefined {
  if (!isObject(branch) || !isObject(branch.properties)) return undefined;
  const tag = branch.properties.type;
  return isObject(tag) && typeof tag.const === 'string' ? tag.const : undefined;
}

/**
 * Rewrites each `oneOf` of objects tagged by `type` (zod's discriminated unions) as `if`/`then` branches on
 * the tag: a validator then checks an event only against the branch its `type` names, and reports the field
 * that is wrong (`reason`) instead of every other branch's missing fields (`detainer`).
 */
function discriminate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(discriminate);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = discriminate(value);
  const branches = out.oneOf;
  if (!Array.isArray(branches) || branches.length < 2) return out;
  const tags = branches.map(tagOf);
  if (tags.some((t) => t === undefined) || new Set(tags).size !== tags.length) return out;
  const { oneOf: _oneOf, ...rest } = out;
  return {
    ...rest,
    type: 'object',
    properties: { type: { type: 'string', enum: tags } },
    required: ['type'],
    allOf: branches.map((branch, i) => ({
      if: { properties: { type: { const: tags[i] } }, required: ['type'] },
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword.
      then: branch,
    })),
  };
}

/**
 * The JSON Schema (draft 2020-12) of a scenario file as written (`io: 'input'`: defaults may be left out),
 * generated from {@link ScenarioSchema}, with `$id` {@link SCENARIO_SCHEMA_URL}. `schema/scenario.schema.json`
 * holds it; a test fails when the two drift (`npm run schema:generate -w @detainer-kit/sdk` rewrites the file).
 * Time zones are an enum ({@link scenarioTimeZoneNames}); events are `if`/`then` branches on their `type`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const zones = scenarioTimeZoneNames();
  const generated = z.toJSONSchema(ScenarioSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema !== TimeZoneSchema) return;
      // One copy of the (long) list, referenced wherever a time zone is written.
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      ctx.jsonSchema.$ref = '#/$defs/timeZone';
    },
  }) as Record<string, unknown>;
  const { $schema, $defs, ...rest } = discriminate(generated) as Record<string, unknown>;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_URL,
    title: 'detainer-kit scenario',
    description:
      'A detainer-kit scenario file: the facts of one immigration detainer case and what its author expects. Educational model, not legal advice.',
    ...rest,
    $defs: {
      ...(isObject($defs) ? $defs : {}),
      timeZone: {
        type: 'string',
        $comment: timeZoneDataComment(),
        description:
          'An IANA time zone name, e.g. "America/New_York". The parser also accepts other letter cases and old aliases ("US/Eastern") and stores the canonical name.',
        enum: zones,
      },
    },
  };
}
