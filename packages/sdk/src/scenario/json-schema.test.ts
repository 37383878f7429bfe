import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TimeZoneSchema } from '@detainer-kit/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { SCENARIO_SCHEMA_URL, scenarioJsonSchema, scenarioTimeZoneNames, timeZoneDataComment } from './json-schema.js';
import { getScenario, listScenarioIds } from './library.js';
import { parseScenario } from './parse.js';

const file = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));
const scenarioFile = (id: string) => fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url));
const committed = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** A real JSON Schema validator, loaded with the committed file under its `$id` (as an editor fetching it would). */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  ajv.addSchema(committed());
  const validate = ajv.getSchema(SCENARIO_SCHEMA_URL);
  if (!validate) throw new Error('the schema did not register under its $id');
  return (value: unknown) => {
    const ok = validate(value);
    return { ok, errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message ?? '' })) };
  };
}

const raw = (id: string) => JSON.parse(readFileSync(scenarioFile(id), 'utf8')) as Record<string, unknown>;

describe('schema/scenario.schema.json', () => {
  it('matches the JSON Schema generated from ScenarioSchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const fresh = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, fresh);
    // Compared as data: the committed file is formatted by Biome.
    const expected = JSON.parse(fresh) as { $defs: { timeZone: Record<string, unknown> } };
    const zones = (committed() as typeof expected).$defs.timeZone;
    if (zones.$comment !== timeZoneDataComment()) {
      // Another platform's Intl lists other names: keep the committed list, but it must hold only accepted names.
      for (const zone of zones.enum as string[]) expect(TimeZoneSchema.safeParse(zone).success, zone).toBe(true);
      expected.$defs.timeZone = zones;
    }
    expect(committed(), 'the committed schema drifted: run `npm run schema:generate -w @detainer-kit/sdk`').toEqual(
      expected,
    );
  });

  it('describes the fields of a scenario', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'id',
        'title',
        'custodian',
        'policy',
        'bookedAt',
        'steps',
        'expect',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'steps']));
  });

  it('has a stable $id, the address every library scenario names in $schema, inside the published package', () => {
    expect(committed().$id).toBe(SCENARIO_SCHEMA_URL);
    for (const id of listScenarioIds()) expect(raw(id).$schema, id).toBe(SCENARIO_SCHEMA_URL);
    // The URL is the package's own file: npm package name, then a path that is published ("files").
    const match = /^https:\/\/cdn\.jsdelivr\.net\/npm\/(@[^/]+\/[^/]+)\/(.+)$/.exec(SCENARIO_SCHEMA_URL);
    expect(match?.[1]).toBe(packageJson.name);
    expect(fileURLToPath(new URL(`../../${match?.[2]}`, import.meta.url))).toBe(file);
    expect(packageJson.files).toContain((match?.[2] ?? '').split('/')[0]);
  });

  it('accepts every library scenario, also once copied out of the repository', () => {
    const check = validator();
    for (const id of listScenarioIds()) expect(check(raw(id)), id).toEqual({ ok: true, errors: [] });
    const dir = mkdtempSync(join(tmpdir(), 'detainer-scenario-'));
    try {
      const copy = join(dir, 'copied.json');
      copyFileSync(scenarioFile('weekday-rule-friday-release'), copy);
      const copied = JSON.parse(readFileSync(copy, 'utf8')) as { $schema: string };
      // An absolute address: resolving it against the copy's folder still gives the same schema.
      expect(new URL(copied.$schema, `file://${dir}/`).href).toBe(SCENARIO_SCHEMA_URL);
      expect(check(copied).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a time zone the parser refuses, and allows only names the parser accepts', () => {
    const check = validator();
    const scenario = raw('notify-only');
    const onMars = { ...scenario, custodian: { ...(scenario.custodian as object), timeZone: 'Mars/Olympus' } };
    expect(() => parseScenario(onMars)).toThrow(/custodian\.timeZone/);
    const result = check(onMars);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(['/custodian/timeZone']);
    const zones = scenarioTimeZoneNames();
    expect(zones).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'UTC', 'Asia/Kolkata']));
    for (const zone of zones) expect(TimeZoneSchema.safeParse(zone).success, zone).toBe(true);
  });

  it('reports a bad event field at that field, not as the other event types’ missing fields', () => {
    const check = validator();
    const scenario = structuredClone(raw('notify-only')) as { steps: { event: Record<string, unknown> }[] };
    const index = scenario.steps.findIndex((s) => s.event.type === 'RELEASE_ELIGIBLE');
    const step = scenario.steps[index];
    if (!step) throw new Error('notify-only has a RELEASE_ELIGIBLE step');
    step.event.reason = 'paroled';
    const result = check(scenario);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toContain(`/steps/${index}/event/reason`);
    expect(result.errors.every((e) => e.path.startsWith(`/steps/${index}/event`))).toBe(true);
    expect(JSON.stringify(result.errors)).not.toMatch(/detainer|releaseAt|custodian/);
    step.event.type = 'PAROLED';
    expect(check(scenario).errors.map((e) => e.path)).toEqual([`/steps/${index}/event/type`]);
  });

  it('agrees with the parser on the library scenarios it accepts', () => {
    for (const id of listScenarioIds()) expect(parseScenario(raw(id))).toEqual(getScenario(id));
  });
});
