import type { CitationId } from './citation-ids.js';

export { CITATION_IDS, type CitationId, CitationIdSchema, isCitationId } from './citation-ids.js';

/**
 * How well a source has been checked (shared/DOMAIN.md, "Status tags"):
 * - `confirmed`: the primary text was seen;
 * - `secondary`: a reliable secondary source says so;
 * - `unverified`: not confirmed; such a fact is only ever a configurable option.
 */
export type SourceStatus = 'confirmed' | 'secondary' | 'unverified';

/** One entry of the citation registry. */
export interface Citation {
  /** Stable id used everywhere in code, scenario files and the demo. */
  readonly id: string;
  /** The source, as a reader would look it up. */
  readonly title: string;
  /** How well the facts taken from this source have been checked. */
  readonly status: SourceStatus;
}

/**
 * The citation registry (shared/DOMAIN.md §7). Every legal rule in this package names one or more of
 * these ids; nothing else in the monorepo defines a citation.
 */
export const CITATIONS = {
  'cfr-287.7-d': {
    id: 'cfr-287.7-d',
    title: '8 CFR 287.7(d): temporary detention not to exceed 48 hours, excluding Saturdays, Sundays and holidays',
    status: 'confirmed',
  },
  'cfr-287.7-a': {
    id: 'cfr-287.7-a',
    title: '8 CFR 287.7(a): a detainer is a request to advise DHS before release',
    status: 'confirmed',
  },
  'i247a-form': {
    id: 'i247a-form',
    title: 'DHS Form I-247A (rev. 02/17), Immigration Detainer – Notice of Action',
    status: 'confirmed',
  },
  'ice-guidance-i247a': {
    id: 'ice-guidance-i247a',
    title: 'ICE guidance for Form I-247A, 2017 (service on the subject; older forms stay active)',
    status: 'confirmed',
  },
  'ice-policy-10074.2': {
    id: 'ice-policy-10074.2',
    title: 'ICE Policy 10074.2, Issuance of Immigration Detainers, Mar 24, 2017 (effective Apr 2, 2017)',
    status: 'secondary',
  },
  'ice-detainer-policy-2017': {
    id: 'ice-detainer-policy-2017',
    title: 'ICE detainer policy page, 2017 (I-247A replaces I-247D/N/X)',
    status: 'confirmed',
  },
  i247d: {
    id: 'i247d',
    title: 'DHS Form I-247D, Immigration Detainer – Request for Voluntary Action (PEP era, 2015–2017)',
    status: 'confirmed',
  },
  i247n: {
    id: 'i247n',
    title: 'DHS Form I-247N, Request for Voluntary Notification of Release (PEP era, 2015–2017)',
    status: 'confirmed',
  },
  'ice-faq-2011': { id: 'ice-faq-2011', title: 'ICE detainer FAQ, Dec 28, 2011', status: 'confirmed' },
  'dhs-qa-2017': {
    id: 'dhs-qa-2017',
    title: 'DHS Q&A on the Declined Detainer Outcome Report, Mar 20, 2017',
    status: 'confirmed',
  },
  'ddor-2017': { id: 'ddor-2017', title: 'ICE Declined Detainer Outcome Report, Mar–Apr 2017', status: 'confirmed' },
  'johnson-memo-2014': {
    id: 'johnson-memo-2014',
    title: 'DHS Secretary Johnson, Secure Communities memo, Nov 20, 2014',
    status: 'confirmed',
  },
  'crs-287g': {
    id: 'crs-287g',
    title: 'Congressional Research Service IF11898, the 287(g) program, Aug 12, 2021',
    status: 'confirmed',
  },
  'psp-letters-2017': {
    id: 'psp-letters-2017',
    title: 'DOJ Public Safety Partnership letters, Aug 3, 2017',
    status: 'secondary',
  },
  'sf-v-sessions-2018': {
    id: 'sf-v-sessions-2018',
    title: 'City & County of San Francisco v. Sessions, N.D. Cal. No. 17-cv-04642 (Oct 5, 2018)',
    status: 'confirmed',
  },
  'philadelphia-3d-2019': {
    id: 'philadelphia-3d-2019',
    title: 'City of Philadelphia v. Attorney General, 916 F.3d 276 (3d Cir. 2019)',
    status: 'confirmed',
  },
  'galarza-2014': {
    id: 'galarza-2014',
    title: 'Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)',
    status: 'confirmed',
  },
  'miranda-olivares-2014': {
    id: 'miranda-olivares-2014',
    title: 'Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST (D. Or. 2014)',
    status: 'confirmed',
  },
  'lunn-2017': { id: 'lunn-2017', title: 'Lunn v. Commonwealth, 477 Mass. 517 (2017)', status: 'confirmed' },
  'gonzalez-cdcal-2020': {
    id: 'gonzalez-cdcal-2020',
    title: 'Gonzalez v. ICE, C.D. Cal., judgment Feb 5, 2020',
    status: 'confirmed',
  },
  'gonzalez-9th-2020': {
    id: 'gonzalez-9th-2020',
    title: 'Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)',
    status: 'confirmed',
  },
  'tx-ccp-2.251': {
    id: 'tx-ccp-2.251',
    title: 'Texas Code of Criminal Procedure art. 2.251 (SB 4, 2017)',
    status: 'confirmed',
  },
  'ca-sb54-digest': {
    id: 'ca-sb54-digest',
    title: 'California Gov. Code 7282–7284 (SB 54, 2017), as described in the AB 937 (2021) digest',
    status: 'confirmed',
  },
  'humboldt-9121-4': {
    id: 'humboldt-9121-4',
    title: 'Humboldt County (CA) Code 9121-4, definitions of eligibility for release',
    status: 'confirmed',
  },
  'ilrc-map-2016': {
    id: 'ilrc-map-2016',
    title: 'Immigrant Legal Resource Center, detainer policy map (2016)',
    status: 'confirmed',
  },
  'ilrc-state-appendix': {
    id: 'ilrc-state-appendix',
    title: 'Immigrant Legal Resource Center, state-law appendix to the detainer policy map',
    status: 'confirmed',
  },
  'ddp-codebook': {
    id: 'ddp-codebook',
    title: 'Deportation Data Project, ICE detainers codebook (Detainer Lift Reason values)',
    status: 'confirmed',
  },
  'kcp-examples': {
    id: 'kcp-examples',
    title: 'Practitioner worked examples of the 287.7(d) business-hour count',
    status: 'secondary',
  },
  'nortontooby-holds': {
    id: 'nortontooby-holds',
    title: 'Norton Tooby, practice notes on immigration holds after criminal custody',
    status: 'secondary',
  },
  'usc-18-3142-d': { id: 'usc-18-3142-d', title: '18 USC 3142(d)', status: 'confirmed' },
  'laken-riley-2025': {
    id: 'laken-riley-2025',
    title: 'Laken Riley Act, Pub. L. 119-1 (Jan 29, 2025), INA 236(c)(1)(E) and (c)(3), 8 USC 1226(c)',
    status: 'confirmed',
  },
  'gonzalez-settlement-2025': {
    id: 'gonzalez-settlement-2025',
    title: 'Gonzalez v. ICE, C.D. Cal. No. 13-cv-04416, class settlement effective Mar 4, 2025 (five years)',
    status: 'secondary',
  },
  'i247g-form': {
    id: 'i247g-form',
    title: 'DHS Form I-247G, Request for Advance Notification of Release (Gonzalez settlement, Exhibit C)',
    status: 'secondary',
  },
  'ramon-2020': {
    id: 'ramon-2020',
    title: 'Ramon v. Short, 2020 MT 69 (Mont. Mar 25, 2020)',
    status: 'confirmed',
  },
  'ice-287g-models-2025': {
    id: 'ice-287g-models-2025',
    title: 'ICE 287(g) program models: Jail Enforcement, Warrant Service Officer, Task Force (2019–2025)',
    status: 'secondary',
  },
  'fl-sb168-2019': {
    id: 'fl-sb168-2019',
    title: 'Florida SB 168 (ch. 2019-102), Fla. Stat. ch. 908',
    status: 'secondary',
  },
  'ga-hb1105-2024': {
    id: 'ga-hb1105-2024',
    title: 'Georgia HB 1105 (2024), Georgia Criminal Alien Track and Report Act',
    status: 'secondary',
  },
  'nc-hb10-2024': {
    id: 'nc-hb10-2024',
    title: 'North Carolina HB 10 (2024), detainer plus administrative warrant taken before a judicial official',
    status: 'secondary',
  },
  'nc-hb318-2025': {
    id: 'nc-hb318-2025',
    title: 'North Carolina HB 318 (2025), amending G.S. 162-62',
    status: 'secondary',
  },
  'ia-27a-2018': {
    id: 'ia-27a-2018',
    title: 'Iowa Code ch. 27A (SF 481, effective Jul 1, 2018)',
    status: 'confirmed',
  },
  'ca-gov-7284.6': {
    id: 'ca-gov-7284.6',
    title: 'California Gov. Code 7284.6 and 7284.10 (SB 54 text; duties to the person in state prisons)',
    status: 'confirmed',
  },
  'il-trust-805': {
    id: 'il-trust-805',
    title: 'Illinois TRUST Act, 5 ILCS 805/15 and 805/25, as amended by the Way Forward Act (P.A. 102-0234)',
    status: 'confirmed',
  },
  'co-hb19-1124': {
    id: 'co-hb19-1124',
    title: 'Colorado HB19-1124 (2019): no hold on a civil immigration detainer',
    status: 'secondary',
  },
  'co-sb25-276': {
    id: 'co-sb25-276',
    title: 'Colorado SB25-276 (2025): no delay of release for immigration purposes; access and advisement rules',
    status: 'secondary',
  },
  'nj-directive-2018-6': {
    id: 'nj-directive-2018-6',
    title: 'New Jersey Attorney General Directive 2018-6 (Immigrant Trust Directive, rev. 2019)',
    status: 'secondary',
  },
  'castrejon-2022': {
    id: 'castrejon-2022',
    title: 'Castrejon v. Jerome County, D. Idaho 2022 (a hold under 48 hours needed no neutral magistrate)',
    status: 'secondary',
  },
  'south-miami-11th-2023': {
    id: 'south-miami-11th-2023',
    title:
      'City of South Miami v. Governor of Florida, 65 F.4th 631 (11th Cir. 2023) (standing challenge to SB 168 failed)',
    status: 'confirmed',
  },
  'tx-sb8-2025': {
    id: 'tx-sb8-2025',
    title: "Texas SB 8 (89th Leg., 2025), Gov't Code ch. 753 (287(g) agreements for sheriffs)",
    status: 'secondary',
  },
  'wa-kww-2019': {
    id: 'wa-kww-2019',
    title: 'Keep Washington Working Act (Laws 2019 ch. 440), RCW 43.17.420 and 10.93.160',
    status: 'secondary',
  },
  'or-hb3265-2021': {
    id: 'or-hb3265-2021',
    title: 'Oregon HB 3265 (2021, ch. 550), with ORS 181A.820',
    status: 'secondary',
  },
  'ny-poca-2020': {
    id: 'ny-poca-2020',
    title: 'New York Protect Our Courts Act (ch. 322, L. 2020; Civil Rights Law §28) and EO 170.1',
    status: 'secondary',
  },
  'ny-v-doj-2d-2020': {
    id: 'ny-v-doj-2d-2020',
    title: 'New York v. Department of Justice, 951 F.3d 84 (2d Cir. Feb 26, 2020) (Byrne JAG conditions upheld)',
    status: 'secondary',
  },
  'sf-v-barr-9th-2020': {
    id: 'sf-v-barr-9th-2020',
    title: 'City & County of San Francisco v. Barr, 965 F.3d 753 (9th Cir. Jul 13, 2020)',
    status: 'secondary',
  },
  'dhs-terms-fy2025': {
    id: 'dhs-terms-fy2025',
    title: 'DHS Standard Terms and Conditions FY2025 (Mar 27, 2025), immigration cooperation terms',
    status: 'secondary',
  },
  'illinois-v-fema-2025': {
    id: 'illinois-v-fema-2025',
    title: 'Illinois v. FEMA, D.R.I. (Sept 24, 2025), DHS grant immigration terms vacated',
    status: 'secondary',
  },
} as const satisfies Record<CitationId, Citation & { readonly id: CitationId }>;

/**
 * Looks up a citation by id.
 *
 * @example
 * getCitation('cfr-287.7-d').title // "8 CFR 287.7(d): temporary detention not to exceed 48 hours, …"
 */
export function getCitation(id: CitationId): Citation {
  return CITATIONS[id];
}
