import { FORM_ERAS } from '../../detainer/detainer.js';
import { POLICY_SWITCH_DEFAULTS } from '../../policy/schema.js';
import type { LawLayerInput } from '../schema.js';
import { LAW_MODEL_START } from '../schema.js';

/** The day after `day` (`YYYY-MM-DD`): FORM_ERAS gives an era's last day; a layer's `effectiveUntil` is the first day after. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The revision of the I-247 with probable-cause style boxes (DOMAIN.md §4). */
const I247_REVISED = '2012-12-21';

/**
 * The federal floor (DOMAIN.md §2–§4, §9): the regulation, the detainer form eras, the Laken Riley Act, and, as
 * options, the Gonzalez settlement and the 287(g) models. Applied under every state.
 */
export const FEDERAL_LAYERS: readonly LawLayerInput[] = [
  {
    id: 'federal/cfr-287.7',
    jurisdiction: 'federal',
    kind: 'regulation',
    title: '8 CFR 287.7: detainers',
    summary:
      'A detainer is a request to advise DHS before release and to maintain custody for up to 48 hours, excluding Saturdays, Sundays and holidays. Honoring it is the custodian’s choice, and the custodian bears the liability. The regulation sets no duty for the custodian; the later-rule switches are off, and the counting rule follows the detainer’s form.',
    effectiveFrom: LAW_MODEL_START,
    datePrecision: 'open-start',
    status: 'confirmed',
    citations: ['cfr-287.7-a', 'cfr-287.7-d', 'galarza-2014'],
    // Every switch with a default takes it: the later-rule switches off, the counting rule by form, no state law.
    sets: { ...POLICY_SWITCH_DEFAULTS },
    mechanics: [
      'A hold is a new seizure that needs probable cause (Miranda-Olivares, 2014).',
      'When the hold expires without DHS, the person must be released at once.',
    ],
  },
  {
    id: 'federal/form-i247-2012',
    jurisdiction: 'federal',
    kind: 'form',
    title: 'Form I-247 (up to Dec 2012)',
    summary:
      'Notice and a hold of 48 hours excluding weekends and holidays; the basis could be “investigation initiated”.',
    effectiveFrom: LAW_MODEL_START,
    effectiveUntil: I247_REVISED,
    datePrecision: 'open-start',
    status: 'confirmed',
    citations: ['ice-guidance-i247a', 'ice-detainer-policy-2017'],
    mechanics: ['A detainer keeps its form: an I-247 lodged in this era stays an I-247 after the form changes.'],
  },
  {
    id: 'federal/form-i247-rev-2012',
    jurisdiction: 'federal',
    kind: 'form',
    title: 'Form I-247, revised (Dec 21, 2012)',
    summary: 'The same requests as the I-247, with probable-cause style basis boxes.',
    effectiveFrom: I247_REVISED,
    effectiveUntil: dayAfter(FORM_ERAS['I-247'].until),
    status: 'confirmed',
    citations: ['ice-guidance-i247a', 'ice-detainer-policy-2017'],
    mechanics: ['A detainer keeps its form: older forms stay active after a change.'],
  },
  {
    id: 'federal/form-i247dnx-pep',
    jurisdiction: 'federal',
    kind: 'form',
    title: 'Forms I-247D / I-247N / I-247X (PEP, Jul 2, 2015 – Apr 1, 2017)',
    summary:
      'The Priority Enforcement Program forms: I-247D asks for a hold, I-247N for notice only (no detention), I-247X for transfer; a priority level is required.',
    effectiveFrom: FORM_ERAS['I-247D'].from,
    effectiveUntil: dayAfter(FORM_ERAS['I-247D'].until),
    status: 'secondary',
    citations: ['i247d', 'i247n', 'johnson-memo-2014'],
    mechanics: ['A detainer keeps its form: older forms stay active after a change.'],
    notes: ['The PEP rollout date is from a secondary source.'],
  },
  {
    id: 'federal/form-i247a',
    jurisdiction: 'federal',
    kind: 'form',
    title: 'Form I-247A with an I-200 or I-205 (from Apr 2, 2017)',
    summary:
      'Notice and/or a hold “not to exceed 48 hours beyond the time when he or she would otherwise have been released”, with an administrative warrant (I-200 arrest or I-205 removal) and basis boxes; served on the subject to take effect.',
    effectiveFrom: FORM_ERAS['I-247A'].from,
    status: 'confirmed',
    citations: ['i247a-form', 'ice-guidance-i247a', 'ice-policy-10074.2'],
    mechanics: ['A detainer keeps its form: older forms stay active after a change.'],
    notes: [
      'Whether the I-247A’s 48 hours exclude weekends and holidays is unverified: the counting rule “by-form” says so on a case.',
      'Whether the I-247A was revised after 02/17 is an open question.',
    ],
  },
  {
    id: 'federal/laken-riley-2025',
    jurisdiction: 'federal',
    kind: 'statute',
    title: 'Laken Riley Act (Pub. L. 119-1, Jan 29, 2025)',
    summary:
      'DHS “shall issue a detainer” for a person inadmissible under INA 212(a)(6)(A), (6)(C) or (7) who is charged with, arrested for, convicted of, or admits burglary, theft, larceny, shoplifting, assault of a law enforcement officer, or a crime resulting in death or serious bodily injury. It binds DHS, not the custodian: the custodian’s switches do not change.',
    effectiveFrom: '2025-01-29',
    status: 'confirmed',
    citations: ['laken-riley-2025'],
    mechanics: [
      'DHS must issue a detainer for the listed offenses: it changes who gets a detainer, not what the custodian does with it.',
    ],
  },
  {
    id: 'settlement/gonzalez-2025',
    jurisdiction: 'settlement',
    kind: 'settlement',
    title: 'Gonzalez v. ICE class settlement (Mar 4, 2025, five years)',
    summary:
      'Covered ICE offices may issue only a Request for Advance Notification of Release (Form I-247G: notice, no hold), and hold requests need neutral review of probable cause. Which offices and areas it covers is unverified, so it is an option.',
    effectiveFrom: '2025-03-04',
    effectiveUntil: '2030-03-04',
    status: 'secondary',
    citations: ['gonzalez-settlement-2025', 'i247g-form'],
    option: true,
    locks: [
      {
        switch: 'requireNeutralReview',
        value: true,
        reason:
          'Under the Gonzalez settlement, a request to hold from a covered ICE office needs neutral review of probable cause.',
      },
    ],
    mechanics: ['Covered offices issue the I-247G (notice only, no hold).'],
    notes: ['Coverage (which ICE offices and areas) is unverified: turn this option on to model a covered area.'],
  },
  {
    id: 'settlement/form-i247g',
    jurisdiction: 'settlement',
    kind: 'form',
    title: 'Form I-247G, Request for Advance Notification of Release (from Mar 4, 2025)',
    summary: 'A notice-only request from the Gonzalez settlement (Exhibit C): notice of release, no hold.',
    effectiveFrom: FORM_ERAS['I-247G'].from,
    status: 'secondary',
    citations: ['i247g-form', 'gonzalez-settlement-2025'],
    mechanics: ['The I-247G asks for notice only; it does not ask for a hold.'],
    notes: ['The I-247G’s exact text and the settlement’s coverage are unverified.'],
  },
  {
    id: '287g/jail-enforcement-model',
    jurisdiction: '287g',
    kind: 'agreement',
    title: '287(g) Jail Enforcement Model',
    summary:
      'Trained jail officers screen people and issue detainers themselves, so the detainer is lodged locally. An option: whether a county has an agreement is a fact about that county.',
    effectiveFrom: LAW_MODEL_START,
    datePrecision: 'open-start',
    status: 'secondary',
    citations: ['ice-287g-models-2025', 'crs-287g'],
    option: true,
    locks: [
      {
        switch: 'agreement287g',
        value: 'jail-enforcement-model',
        reason: 'A 287(g) Jail Enforcement Model agreement: trained jail officers screen people and lodge detainers.',
      },
    ],
    mechanics: ['Who lodges the detainer changes: trained local officers screen and issue it.'],
  },
  {
    id: '287g/warrant-service-officer',
    jurisdiction: '287g',
    kind: 'agreement',
    title: '287(g) Warrant Service Officer model (from 2019)',
    summary:
      'Local officers serve ICE’s I-200/I-205 inside the jail and transfer custody; they do not screen or issue detainers.',
    effectiveFrom: '2019-01-01',
    datePrecision: 'year',
    status: 'secondary',
    citations: ['ice-287g-models-2025', 'crs-287g'],
    option: true,
    locks: [
      {
        switch: 'agreement287g',
        value: 'warrant-service-officer',
        reason: 'A 287(g) Warrant Service Officer agreement: local officers serve ICE’s I-200/I-205 in the jail.',
      },
    ],
    mechanics: [
      'The hold becomes service of a federal administrative warrant by a local officer.',
      'Whether that arrest escapes a state “no authority” rule (Lunn, Ramon) is an open question.',
    ],
  },
  {
    id: '287g/warrant-service-outside-no-authority',
    jurisdiction: '287g',
    kind: 'agreement',
    title: 'Reading: Warrant Service Officer service is outside a state “no authority to hold” rule',
    summary:
      'One reading of the Warrant Service Officer model: serving ICE’s I-200/I-205 is not a hold on a civil detainer, so a state rule that gives no authority to hold (Lunn, Ramon) would not reach it. Whether it does is an open question (DOMAIN.md §8): an option.',
    effectiveFrom: '2019-01-01',
    datePrecision: 'year',
    status: 'unverified',
    citations: ['ice-287g-models-2025', 'lunn-2017', 'ramon-2020'],
    option: true,
    locks: [
      {
        switch: 'warrantServiceOutsideNoAuthority',
        value: true,
        reason: 'This reading (unverified) treats Warrant Service Officer service as outside a “no authority” rule.',
      },
    ],
  },
  {
    id: '287g/task-force-model',
    jurisdiction: '287g',
    kind: 'agreement',
    title: '287(g) Task Force Model (revived 2025)',
    summary: 'Field arrests, outside the jail. Agreements grew from about 135 (Jan 2025) to over 1,000 (Sept 2025).',
    effectiveFrom: '2025-01-01',
    datePrecision: 'year',
    status: 'secondary',
    citations: ['ice-287g-models-2025'],
    option: true,
    mechanics: ['Arrests in the field, outside the jail: not part of the custody this model follows.'],
  },
  {
    id: 'federal/gonzalez-9th-2020',
    jurisdiction: 'federal',
    kind: 'court-decision',
    title: 'Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020): prompt probable-cause determination',
    summary:
      'A hold needs a prompt probable-cause determination. Another court read it otherwise (Castrejon, D. Idaho 2022: a hold under 48 hours needed no neutral magistrate): conflicting readings, so this is an option.',
    effectiveFrom: '2020-01-01',
    datePrecision: 'year',
    status: 'confirmed',
    citations: ['gonzalez-9th-2020', 'castrejon-2022'],
    option: true,
    locks: [
      {
        switch: 'requireNeutralReview',
        value: true,
        reason: 'The Ninth Circuit read a hold to need a prompt probable-cause determination (Gonzalez, 2020).',
      },
    ],
    notes: ['Castrejon (D. Idaho 2022, secondary) read the question the other way for holds under 48 hours.'],
  },
];
