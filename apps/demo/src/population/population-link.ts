/**
 * The population settings in a link, beside the share link's other parts:
 * `#share=dk1.…&population=cases:3083,seed:2017,preset:full-cooperation,current`. The policy tokens are compare
 * mode's (`current`, `preset:<id>`, `counting:<rule>`). Read with zod through {@link readPopulationSettings}: a
 * bad part is refused with a message naming the field, and the rest of the link still opens.
 */
import { columnToken, tokenObject } from '../model/compare-view';
import { SHARE_HASH_KEY } from '../model/share-state';
import { type PopulationSettings, readPopulationSettings } from './population-settings';

/** The hash key of the population part. */
export const POPULATION_HASH_KEY = 'population';
/** The longest population part read from a link (three policies, cases and seed fit in far less). */
export const MAX_POPULATION_PART_LENGTH = 240;

/** The hash part for the settings: `population=cases:3083,seed:2017,preset:notify-only`. */
export function populationHashPart(settings: PopulationSettings): string {
  return `${POPULATION_HASH_KEY}=${[`cases:${settings.cases}`, `seed:${settings.seed}`, ...settings.policies.map(columnToken)].join(',')}`;
}

export type PopulationLinkRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly settings: PopulationSettings }
  | { readonly kind: 'error'; readonly message: string };

function partOf(hash: string): string | null {
  let value: string | null = null;
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === POPULATION_HASH_KEY) value = part.slice(eq + 1);
  }
  return value;
}

const wholeNumber = (text: string): number => (/^\d{1,15}$/.test(text) ? Number(text) : Number.NaN);

/** Reads the population part of a location hash. Never throws; a hash without one is `none`. */
export function readPopulationHash(hash: string): PopulationLinkRead {
  const value = partOf(hash);
  if (value === null) return { kind: 'none' };
  const refuse = (why: string): PopulationLinkRead => ({
    kind: 'error',
    message: `The population settings in this link cannot be opened (${why}); the rest of the link is unaffected. Choose them again in the population view.`,
  });
  if (value.length > MAX_POPULATION_PART_LENGTH) {
    return refuse(`the population part is ${value.length} characters; at most ${MAX_POPULATION_PART_LENGTH}`);
  }
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    return refuse('the population part is not valid URL text');
  }
  const candidate: { cases?: number; seed?: number; policies: unknown[] } = { policies: [] };
  for (const token of text === '' ? [] : text.split(',')) {
    if (token.startsWith('cases:')) {
      if (candidate.cases !== undefined) return refuse('population.cases: give cases once');
      candidate.cases = wholeNumber(token.slice('cases:'.length));
    } else if (token.startsWith('seed:')) {
      if (candidate.seed !== undefined) return refuse('population.seed: give seed once');
      candidate.seed = wholeNumber(token.slice('seed:'.length));
    } else {
      // Checked by the settings schema, which names the policy it refuses.
      candidate.policies.push(tokenObject(token));
    }
  }
  const read = readPopulationSettings(candidate);
  return read.ok ? { kind: 'ok', settings: read.settings } : refuse(`population.${read.message}`);
}

/** The hash with its population part set to `settings` (added at the end, or replacing the old one). */
export function withPopulationPart(hash: string, settings: PopulationSettings): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith(`${POPULATION_HASH_KEY}=`))
    // A bare share token (an older link, `#dk1.…`) gets its key, so it stays readable beside another part.
    .map((p) => (p.startsWith('dk') && !p.includes('=') ? `${SHARE_HASH_KEY}=${p}` : p));
  return `#${[...parts, populationHashPart(settings)].join('&')}`;
}
