import { z } from 'zod';

/**
 * Every citation id of the registry (shared/DOMAIN.md §7), in registry order. The ids live here, apart from the
 * titles in `citations.ts`, so that a schema that checks an id does not bring the whole registry's text into a
 * bundle; `CITATIONS` is typed so that the compiler refuses a registry entry without an id here, or the reverse.
 */
export const CITATION_IDS = [
  'cfr-287.7-d',
  'cfr-287.7-a',
  'i247a-form',
  'ice-guidance-i247a',
  'ice-policy-10074.2',
  'ice-detainer-policy-2017',
  'i247d',
  'i247n',
  'ice-faq-2011',
  'dhs-qa-2017',
  'ddor-2017',
  'johnson-memo-2014',
  'crs-287g',
  'psp-letters-2017',
  'sf-v-sessions-2018',
  'philadelphia-3d-2019',
  'galarza-2014',
  'miranda-olivares-2014',
  'lunn-2017',
  'gonzalez-cdcal-2020',
  'gonzalez-9th-2020',
  'tx-ccp-2.251',
  'ca-sb54-digest',
  'humboldt-9121-4',
  'ilrc-map-2016',
  'ilrc-state-appendix',
  'ddp-codebook',
  'kcp-examples',
  'nortontooby-holds',
  'usc-18-3142-d',
  'laken-riley-2025',
  'gonzalez-settlement-2025',
  'i247g-form',
  'ramon-2020',
  'ice-287g-models-2025',
  'fl-sb168-2019',
  'ga-hb1105-2024',
  'nc-hb10-2024',
  'nc-hb318-2025',
  'ia-27a-2018',
  'ca-gov-7284.6',
  'il-trust-805',
  'co-hb19-1124',
  'co-sb25-276',
  'nj-directive-2018-6',
  'castrejon-2022',
  'south-miami-11th-2023',
  'tx-sb8-2025',
  'wa-kww-2019',
  'or-hb3265-2021',
  'ny-poca-2020',
  'ny-v-doj-2d-2020',
  'sf-v-barr-9th-2020',
  'dhs-terms-fy2025',
  'illinois-v-fema-2025',
] as const;

/** A citation id from the registry, e.g. `'cfr-287.7-d'`. */
export type CitationId = (typeof CITATION_IDS)[number];

/** Zod schema for a citation id; rejects ids that are not in the registry. */
export const CitationIdSchema = z.enum(CITATION_IDS);

const KNOWN: ReadonlySet<string> = new Set(CITATION_IDS);

/** True if `value` is a citation id known to the registry. */
export function isCitationId(value: unknown): value is CitationId {
  return typeof value === 'string' && KNOWN.has(value);
}
