import {
  DetainerKitError,
  getJurisdiction,
  type InputIssue,
  listJurisdictions,
  presetLayers,
  toInputIssues,
} from '@detainer-kit/core';
import type { DetainerSdkError } from '../errors.js';
import { type LawLayerFile, LawLayerFileSchema } from './schema.js';

function fail(issues: InputIssue[]): never {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new DetainerKitError({
    code: 'invalid-law-layers',
    message: `Invalid law-layer file: ${first?.field ? `${first.field}: ` : ''}${first?.message ?? 'not valid'}${more}`,
    issues,
  }) as DetainerSdkError;
}

/**
 * True when a parsed JSON value declares itself a law-layer file (`"format": "detainer-kit/law-layers"`), so a
 * tool can tell it from a scenario or a lesson before parsing it.
 */
export function isLawLayerFileFormat(value: unknown): boolean {
  return (value as { format?: unknown } | null)?.format === 'detainer-kit/law-layers';
}

/**
 * Parses a law-layer file, then checks it against the library: `extends` names a library jurisdiction; no layer
 * id is used twice or taken from the library; each `reads` and `replaces` names a layer of the file or of the
 * jurisdiction it extends. Throws a `DetainerKitError` with code `invalid-law-layers` naming the field and the fix.
 *
 * @example
 * const file = parseLawLayerFile(JSON.parse(text));
 * resolveLaw({ jurisdiction: file.extends, layers: file.layers, asOf: '2025-01-01' });
 */
export function parseLawLayerFile(value: unknown): LawLayerFile {
  const parsed = LawLayerFileSchema.safeParse(value);
  if (!parsed.success) fail(toInputIssues(parsed.error));
  const file = parsed.data;
  const issues: InputIssue[] = [];
  const base = file.extends === undefined ? getJurisdiction('federal') : getJurisdiction(file.extends);
  if (base === undefined) {
    issues.push({
      field: 'extends',
      message: `"${file.extends}" is not a library jurisdiction: use one of ${listJurisdictions()
        .map((j) => `"${j.id}"`)
        .join(', ')}`,
      code: 'custom',
    });
  }
  const known = new Set([...(base?.layers ?? []), ...presetLayers()].map((l) => l.id));
  const own = new Set<string>();
  file.layers.forEach((layer, i) => {
    if (known.has(layer.id)) {
      issues.push({
        field: `layers.${i}.id`,
        message: `"${layer.id}" is a library layer's id: choose another`,
        code: 'custom',
      });
    } else if (own.has(layer.id)) {
      issues.push({
        field: `layers.${i}.id`,
        message: `"${layer.id}" is used twice: give each layer its own id`,
        code: 'custom',
      });
    }
    own.add(layer.id);
  });
  file.layers.forEach((layer, i) => {
    for (const key of ['reads', 'replaces'] as const) {
      const target = layer[key];
      if (target !== undefined && !own.has(target) && !known.has(target)) {
        issues.push({
          field: `layers.${i}.${key}`,
          message: `"${target}" is not a layer of this file or of ${base?.id ?? 'the library'}: name one of their ids`,
          code: 'custom',
        });
      }
    }
  });
  if (issues.length > 0) fail(issues);
  return file;
}
