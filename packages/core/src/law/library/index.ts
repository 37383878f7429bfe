import { type LawLayer, LawLayerSchema } from '../schema.js';
import { FEDERAL_LAYERS } from './federal.js';
import { PRESET_LAYERS } from './local.js';
import { STATE_LAW } from './states.js';

export { FEDERAL_LAYERS } from './federal.js';
export { PRESET_LAYERS, policySwitches, presetLayer } from './local.js';
export { STATE_LAW, type StateLawEntry } from './states.js';

/** A jurisdiction of the library: the federal floor alone (`federal`) or a state with the federal floor. */
export interface JurisdictionProfile {
  /** `federal` or a state `us-xx`. */
  readonly id: string;
  readonly name: string;
  /** Every layer that applies there, federal floor first (options included; `resolveLaw` turns them on). */
  readonly layers: readonly LawLayer[];
  /** The layers of this jurisdiction itself (a state's own law; for `federal`, the floor). */
  readonly ownLayers: readonly LawLayer[];
}

let cache:
  | { federal: readonly LawLayer[]; presets: readonly LawLayer[]; profiles: Map<string, JurisdictionProfile> }
  | undefined;

function library() {
  if (cache) return cache;
  const parse = (layers: readonly unknown[]) =>
    Object.freeze(layers.map((l) => Object.freeze(LawLayerSchema.parse(l))));
  const federal = parse(FEDERAL_LAYERS);
  const profiles = new Map<string, JurisdictionProfile>();
  profiles.set('federal', Object.freeze({ id: 'federal', name: 'Federal floor', layers: federal, ownLayers: federal }));
  for (const state of STATE_LAW) {
    const own = parse(state.layers);
    profiles.set(
      state.id,
      Object.freeze({ id: state.id, name: state.name, layers: Object.freeze([...federal, ...own]), ownLayers: own }),
    );
  }
  cache = { federal, presets: parse(PRESET_LAYERS), profiles };
  return cache;
}

/** The federal floor's layers, parsed. */
export function federalLayers(): readonly LawLayer[] {
  return library().federal;
}

/** The seven policy presets as local-policy layers (`local/<preset id>`), parsed. */
export function presetLayers(): readonly LawLayer[] {
  return library().presets;
}

/**
 * The jurisdictions of the library: `federal`, then the states by id, each with its name and how many layers
 * of its own it has.
 *
 * @example
 * listJurisdictions().map((j) => j.id) // ['federal', 'us-ca', 'us-co', …]
 */
export function listJurisdictions(): { readonly id: string; readonly name: string; readonly layers: number }[] {
  const profiles = [...library().profiles.values()];
  const [federal, ...states] = profiles;
  const sorted = [...(federal ? [federal] : []), ...states.sort((a, b) => (a.id < b.id ? -1 : 1))];
  return sorted.map((p) => ({ id: p.id, name: p.name, layers: p.ownLayers.length }));
}

/**
 * A jurisdiction of the library with its layers (the federal floor first), or `undefined` for an id the library
 * does not hold.
 *
 * @example
 * getJurisdiction('us-nc')?.ownLayers.map((l) => l.id) // ['us-nc/hb10-2024', 'us-nc/hb318-2025', …]
 */
export function getJurisdiction(id: string): JurisdictionProfile | undefined {
  return library().profiles.get(id);
}

/** Every layer of the library: the federal floor, each state's layers, and the preset layers. */
export function allLibraryLayers(): readonly LawLayer[] {
  const lib = library();
  return [
    ...lib.federal,
    ...[...lib.profiles.values()].filter((p) => p.id !== 'federal').flatMap((p) => p.ownLayers),
    ...lib.presets,
  ];
}
