import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveLaw } from '@detainer-kit/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { isDetainerSdkError } from '../errors.js';
import { LAW_LAYERS_SCHEMA_URL, lawLayersJsonSchema } from './json-schema.js';
import { isLawLayerFileFormat, parseLawLayerFile } from './parse.js';

const file = fileURLToPath(new URL('../../schema/law-layers.schema.json', import.meta.url));
const example = () =>
  JSON.parse(readFileSync(new URL('../../law-layers/example-county.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')));
  const validate = ajv.getSchema(LAW_LAYERS_SCHEMA_URL);
  if (!validate) throw new Error('the schema did not register under its $id');
  return (value: unknown) => ({ ok: validate(value), errors: (validate.errors ?? []).map((e) => e.instancePath) });
}

describe('schema/law-layers.schema.json', () => {
  it('matches the JSON Schema generated from LawLayerFileSchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const fresh = `${JSON.stringify(lawLayersJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, fresh);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(fresh));
  });

  it('is published: a subpath export and a file under "files"', () => {
    expect((packageJson.exports as Record<string, unknown>)['./law-layers.schema.json']).toBe(
      './schema/law-layers.schema.json',
    );
    expect(packageJson.files).toContain('schema');
    expect(packageJson.files).toContain('law-layers');
  });

  it('accepts the example file, and refuses a bad date at that field', () => {
    const check = validator();
    expect(check(example())).toEqual({ ok: true, errors: [] });
    const bad = structuredClone(example()) as { layers: Record<string, unknown>[] };
    const layer = bad.layers[0];
    if (layer) layer.effectiveFrom = '1 Jan 2016';
    expect(check(bad).errors).toContain('/layers/0/effectiveFrom');
    expect(() => parseLawLayerFile(bad)).toThrow(/layers\.0\.effectiveFrom/);
  });
});

describe('parseLawLayerFile', () => {
  it('does parse the example and compose it with Texas law: SB 4 locks stateLaw over the county’s choice', () => {
    const parsed = parseLawLayerFile(example());
    expect(isLawLayerFileFormat(example())).toBe(true);
    const law = resolveLaw({ jurisdiction: parsed.extends, layers: parsed.layers, asOf: '2024-06-01' });
    expect(law.localDefaulted).toBe(false);
    expect(law.policy.hold).toBe('never');
    expect(law.switches.hold?.decidedBy.layerId).toBe('us-tx/example-county/jail-policy-2016');
    expect(law.switches.stateLaw?.decidedBy.layerId).toBe('us-tx/sb4-2017');
  });

  it('does refuse an unknown base, a library id and a dangling reference, naming each field', () => {
    const bad = structuredClone(example()) as { extends: string; layers: Record<string, unknown>[] };
    bad.extends = 'us-zz';
    try {
      parseLawLayerFile(bad);
      expect.unreachable();
    } catch (e) {
      expect(isDetainerSdkError(e) && e.code === 'invalid-law-layers').toBe(true);
      expect((e as Error).message).toMatch(/extends: "us-zz" is not a library jurisdiction/);
    }
    const taken = structuredClone(example()) as { layers: Record<string, unknown>[] };
    taken.layers.push({ ...taken.layers[0], id: 'us-tx/example-county/b', reads: 'us-tx/nope' });
    expect(() => parseLawLayerFile(taken)).toThrow(/layers\.1\.reads/);
  });
});
