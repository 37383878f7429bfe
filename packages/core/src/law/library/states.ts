import type { LawLayerInput } from '../schema.js';

/** A state of the library: its id, name, and its layers (the federal floor is added by the library). */
export interface StateLawEntry {
  readonly id: `us-${string}`;
  readonly name: string;
  readonly layers: readonly LawLayerInput[];
}

const YEAR_ONLY =
  'DOMAIN.md gives only the year: the layer is applied from Jan 1 of that year, an approximate boundary.';

/** State law that mandates or limits cooperation (DOMAIN.md §5, §9), each layer with its date, sources and status. */
export const STATE_LAW: readonly StateLawEntry[] = [
  {
    id: 'us-ma',
    name: 'Massachusetts',
    layers: [
      {
        id: 'us-ma/lunn-2017',
        jurisdiction: 'us-ma',
        kind: 'court-decision',
        title: 'Lunn v. Commonwealth, 477 Mass. 517 (2017)',
        summary:
          'The Supreme Judicial Court held that Massachusetts law gives court officers no authority to arrest a person solely on a civil immigration detainer: no hold, whatever the local policy says.',
        effectiveFrom: '2017-01-01',
        datePrecision: 'year',
        status: 'confirmed',
        citations: ['lunn-2017'],
        locks: [
          {
            switch: 'stateLaw',
            value: 'no-authority-to-hold',
            reason:
              'Lunn (2017): Massachusetts law gives no authority to hold a person on a civil immigration detainer.',
          },
        ],
        notes: [YEAR_ONLY],
      },
    ],
  },
  {
    id: 'us-mt',
    name: 'Montana',
    layers: [
      {
        id: 'us-mt/ramon-2020',
        jurisdiction: 'us-mt',
        kind: 'court-decision',
        title: 'Ramon v. Short, 2020 MT 69 (Mar 25, 2020)',
        summary:
          'The Montana Supreme Court held that officers have no authority to hold a person on a civil immigration detainer; Montana requires a judicial warrant.',
        effectiveFrom: '2020-03-25',
        status: 'confirmed',
        citations: ['ramon-2020'],
        locks: [
          {
            switch: 'stateLaw',
            value: 'no-authority-to-hold',
            reason: 'Ramon (2020): no authority to hold a person on a civil immigration detainer in Montana.',
          },
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason: 'Ramon (2020): a hold needs a judicial warrant.',
          },
        ],
        mechanics: ['Whether a 287(g) Warrant Service Officer’s arrest escapes this rule is an open question.'],
      },
    ],
  },
  {
    id: 'us-tx',
    name: 'Texas',
    layers: [
      {
        id: 'us-tx/sb4-2017',
        jurisdiction: 'us-tx',
        kind: 'statute',
        title: 'Texas SB 4 (2017), Code of Criminal Procedure art. 2.251',
        summary:
          'The custodian must honor every detainer request and tell the person why they are held, unless the person proves US citizenship or lawful immigration status.',
        effectiveFrom: '2017-01-01',
        datePrecision: 'year',
        status: 'confirmed',
        citations: ['tx-ccp-2.251'],
        locks: [
          {
            switch: 'stateLaw',
            value: 'mandated-compliance',
            reason: 'Texas art. 2.251 (SB 4, 2017) requires the custodian to honor every detainer request.',
          },
        ],
        mechanics: [
          'Tell the person why they are held.',
          'Exempt when the person proves US citizenship or lawful immigration status.',
        ],
        notes: [
          YEAR_ONLY,
          'Art. 2.251’s number after the 2025 recodification of the Code of Criminal Procedure is unverified.',
        ],
      },
      {
        id: 'us-tx/sb8-2025',
        jurisdiction: 'us-tx',
        kind: 'statute',
        title: 'Texas SB 8 (2025), Gov’t Code ch. 753: sheriffs seek 287(g) agreements (from Jan 1, 2026)',
        summary:
          'Sheriffs running jails must seek a 287(g) agreement: effective Jan 1, 2026; compliance by Dec 1, 2026.',
        effectiveFrom: '2026-01-01',
        status: 'secondary',
        citations: ['tx-sb8-2025'],
        mechanics: ['A sheriff running a jail must seek a 287(g) agreement (see the 287(g) model options).'],
      },
      {
        id: 'us-tx/sb8-2025-compliance',
        jurisdiction: 'us-tx',
        kind: 'statute',
        title: 'Texas SB 8 (2025): compliance date (Dec 1, 2026)',
        summary: 'The date by which sheriffs running jails must comply with SB 8.',
        effectiveFrom: '2026-12-01',
        status: 'secondary',
        citations: ['tx-sb8-2025'],
        mechanics: ['Sheriffs running jails must have complied with SB 8 (sought a 287(g) agreement).'],
      },
    ],
  },
  {
    id: 'us-fl',
    name: 'Florida',
    layers: [
      {
        id: 'us-fl/sb168-2019',
        jurisdiction: 'us-fl',
        kind: 'statute',
        title: 'Florida SB 168 (ch. 2019-102), Fla. Stat. ch. 908 (Jul 1, 2019)',
        summary:
          'Honor detainers, notify the judge, and record the detainer in the file; a court may reduce a sentence by up to 12 days so DHS can take custody before release. A standing challenge failed (South Miami, 11th Cir. 2023).',
        effectiveFrom: '2019-07-01',
        status: 'secondary',
        citations: ['fl-sb168-2019', 'south-miami-11th-2023'],
        locks: [
          { switch: 'hold', value: 'always', bound: 'at-least', reason: 'Florida SB 168 (2019): honor detainers.' },
          { switch: 'notify', value: 'always', bound: 'at-least', reason: 'Florida SB 168 (2019): honor detainers.' },
        ],
        mechanics: [
          'Notify the judge and record the detainer in the file.',
          'A court may reduce a sentence by up to 12 days so DHS can take custody before release (transfer before release eligibility).',
        ],
      },
    ],
  },
  {
    id: 'us-ia',
    name: 'Iowa',
    layers: [
      {
        id: 'us-ia/ch27a-2018',
        jurisdiction: 'us-ia',
        kind: 'statute',
        title: 'Iowa Code ch. 27A (SF 481, Jul 1, 2018)',
        summary:
          '“Fully comply with any instruction made in the detainer request”; the end of a sentence may be served in federal custody.',
        effectiveFrom: '2018-07-01',
        status: 'confirmed',
        citations: ['ia-27a-2018'],
        locks: [
          {
            switch: 'hold',
            value: 'always',
            bound: 'at-least',
            reason: 'Iowa ch. 27A: fully comply with any instruction in the detainer request.',
          },
          {
            switch: 'notify',
            value: 'always',
            bound: 'at-least',
            reason: 'Iowa ch. 27A: fully comply with any instruction in the detainer request.',
          },
          {
            switch: 'transferAtRelease',
            value: 'always',
            bound: 'at-least',
            reason: 'Iowa ch. 27A: fully comply with any instruction in the detainer request.',
          },
        ],
        mechanics: ['The end of a sentence may be served in federal custody (transfer before release eligibility).'],
      },
    ],
  },
  {
    id: 'us-ga',
    name: 'Georgia',
    layers: [
      {
        id: 'us-ga/hb1105-2024',
        jurisdiction: 'us-ga',
        kind: 'statute',
        title: 'Georgia HB 1105 (2024), Georgia Criminal Alien Track and Report Act',
        summary: 'Jailers must honor detainers and seek a 287(g) agreement yearly.',
        effectiveFrom: '2024-07-01',
        status: 'secondary',
        citations: ['ga-hb1105-2024'],
        locks: [
          {
            switch: 'hold',
            value: 'always',
            bound: 'at-least',
            reason: 'Georgia HB 1105 (2024): jailers must honor detainers.',
          },
          {
            switch: 'notify',
            value: 'always',
            bound: 'at-least',
            reason: 'Georgia HB 1105 (2024): jailers must honor detainers.',
          },
        ],
        mechanics: [
          'Seek a 287(g) agreement every year.',
          'A hold over 48 hours needs a federal judicial warrant (as introduced: unverified).',
        ],
        notes: [
          'The effective date is uncertain (DOMAIN.md §8): the signature date or Jul 1, 2024. The sources give no signature day, so only the Jul 1, 2024 reading, the later one, on which both agree, is dated here; before it the law may already have applied.',
        ],
      },
      {
        id: 'us-ga/hb1105-2024-48h-cap',
        jurisdiction: 'us-ga',
        kind: 'statute',
        title: 'Georgia HB 1105 as introduced: a hold over 48 hours needs a federal judicial warrant',
        summary:
          'As introduced, the bill capped a hold at 48 hours unless a federal judicial warrant was issued. Whether the enacted text says so is unverified, so this reading is an option.',
        effectiveFrom: '2024-07-01',
        status: 'unverified',
        citations: ['ga-hb1105-2024'],
        option: true,
        locks: [
          {
            switch: 'holdLimit',
            value: 'calendar-48h-unless-judicial-warrant',
            reason:
              'Georgia HB 1105 as introduced (unverified): a hold over 48 hours needs a federal judicial warrant.',
          },
        ],
      },
    ],
  },
  {
    id: 'us-nc',
    name: 'North Carolina',
    layers: [
      {
        id: 'us-nc/hb10-2024',
        jurisdiction: 'us-nc',
        kind: 'statute',
        title:
          'North Carolina HB 10 (Dec 1, 2024): detainer with an administrative warrant taken before a judicial official',
        summary:
          'A person held on a detainer with an administrative warrant is taken before a state judicial official without unnecessary delay and held under a state court order.',
        effectiveFrom: '2024-12-01',
        status: 'secondary',
        citations: ['nc-hb10-2024'],
        locks: [
          {
            switch: 'stateJudicialOrder',
            value: 'required',
            reason:
              'North Carolina HB 10 (Dec 1, 2024): a person held on a detainer with an administrative warrant is held under a state court order.',
          },
        ],
        mechanics: [
          'A state judicial order before the hold: the person is taken before a state judicial official without unnecessary delay.',
        ],
      },
      {
        id: 'us-nc/hb318-2025',
        jurisdiction: 'us-nc',
        kind: 'statute',
        title: 'North Carolina HB 318 (2025), amending G.S. 162-62 (from Dec 1, 2025: the bill digest’s reading)',
        summary:
          'The hold ends at the earliest of 48 hours from when the person would otherwise be released (no weekend exclusion in its text), DHS taking custody, or DHS rescinding; the jail must notify ICE within two hours of the time the person would otherwise be released.',
        effectiveFrom: '2025-12-01',
        status: 'secondary',
        citations: ['nc-hb318-2025'],
        locks: [
          {
            switch: 'countingRule',
            value: 'calendar',
            reason: 'NC HB 318: 48 hours from when the person would otherwise be released, with no weekend exclusion.',
          },
          {
            switch: 'noticeAfterEligibility',
            value: 'within-2-hours',
            reason: 'NC HB 318: notify ICE within two hours of the time the person would otherwise be released.',
          },
        ],
        notes: [
          'The effective date is uncertain (DOMAIN.md §8): news reports give Oct 1, 2025; the bill digest gives offenses on or after Dec 1, 2025. This layer applies from Dec 1, 2025, where both readings agree (the digest’s reading reaches only offenses from that date; the model does not yet date offenses). Turn on the option "us-nc/hb318-2025-from-oct-1" for the news reading.',
        ],
      },
      {
        id: 'us-nc/hb318-2025-from-oct-1',
        jurisdiction: 'us-nc',
        kind: 'statute',
        title: 'North Carolina HB 318 (2025): the news reading, in force from Oct 1, 2025',
        summary: 'The same rules as HB 318, from Oct 1, 2025 (news reports), until the digest’s date.',
        effectiveFrom: '2025-10-01',
        effectiveUntil: '2025-12-01',
        status: 'unverified',
        citations: ['nc-hb318-2025'],
        option: true,
        locks: [
          {
            switch: 'countingRule',
            value: 'calendar',
            reason: 'NC HB 318 (news reading, from Oct 1, 2025): 48 hours from would-be release, no weekend exclusion.',
          },
          {
            switch: 'noticeAfterEligibility',
            value: 'within-2-hours',
            reason: 'NC HB 318 (news reading, from Oct 1, 2025): notify ICE within two hours of would-be release.',
          },
        ],
        notes: ['An option: the Oct 1, 2025 date comes from news reports and is unverified.'],
      },
    ],
  },
  {
    id: 'us-ca',
    name: 'California',
    layers: [
      {
        id: 'us-ca/sb54-2018',
        jurisdiction: 'us-ca',
        kind: 'statute',
        title: 'California SB 54 (2017), Gov. Code 7284.6 and 7284.10 (Jan 1, 2018)',
        summary:
          'No hold on a hold request; release-date notice only if public or for listed convictions; transfer only for listed offenses. State prisons give the person a copy of any hold, notification or transfer request and say whether they will comply, and need written consent before an ICE interview.',
        effectiveFrom: '2018-01-01',
        status: 'confirmed',
        citations: ['ca-gov-7284.6', 'ca-sb54-digest'],
        locks: [
          {
            switch: 'hold',
            value: 'never',
            bound: 'at-most',
            reason: 'California Gov. Code 7284.6: no hold on a hold request.',
          },
          {
            switch: 'notify',
            value: 'listed-offenses',
            bound: 'at-most',
            reason: 'California Gov. Code 7284.6: release-date notice only if public or for listed convictions.',
          },
          {
            switch: 'transferAtRelease',
            value: 'listed-offenses',
            bound: 'at-most',
            reason: 'California Gov. Code 7284.6: transfer only for listed offenses.',
          },
          {
            switch: 'listedOffenses',
            value: ['serious-or-violent-felony', 'listed-conviction'],
            reason: 'California SB 54: the listed convictions and serious or violent felony arrests.',
          },
        ],
        mechanics: [
          'Notice is also allowed when the release date is public (not modeled).',
          'State prisons give the person a copy of any hold, notification or transfer request and say whether they will comply (7284.10).',
          'Written consent before an ICE interview (state prisons).',
        ],
        notes: [
          'SB 54’s judicial-warrant exception for holds is unverified: the option "us-ca/sb54-2018-judicial-warrant" reads it in.',
        ],
      },
      {
        id: 'us-ca/sb54-2018-judicial-warrant',
        jurisdiction: 'us-ca',
        kind: 'statute',
        title: 'California SB 54 read with a judicial-warrant exception for holds (unverified)',
        summary: 'SB 54 as above, with holds allowed on a judicial warrant.',
        effectiveFrom: '2018-01-01',
        status: 'unverified',
        citations: ['ca-gov-7284.6', 'ca-sb54-digest'],
        option: true,
        replaces: 'us-ca/sb54-2018',
        locks: [
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason:
              'California SB 54, read with a judicial-warrant exception (unverified): a hold only on a judicial warrant.',
          },
          {
            switch: 'notify',
            value: 'listed-offenses',
            bound: 'at-most',
            reason: 'California Gov. Code 7284.6: release-date notice only if public or for listed convictions.',
          },
          {
            switch: 'transferAtRelease',
            value: 'listed-offenses',
            bound: 'at-most',
            reason: 'California Gov. Code 7284.6: transfer only for listed offenses.',
          },
          {
            switch: 'listedOffenses',
            value: ['serious-or-violent-felony', 'listed-conviction'],
            reason: 'California SB 54: the listed convictions and serious or violent felony arrests.',
          },
        ],
        notes: ['An option: the judicial-warrant exception is an open question (DOMAIN.md §8).'],
      },
      {
        id: 'us-ca/gonzalez-cdcal-2020',
        jurisdiction: 'us-ca',
        kind: 'court-decision',
        title: 'Gonzalez v. ICE, C.D. Cal. (judgment Feb 5, 2020): database-only basis insufficient for a class',
        summary:
          'A detainer whose only basis is a biometric match and database records was held insufficient for a class in one district. Its reach is one district’s class, so it is an option.',
        effectiveFrom: '2020-02-05',
        status: 'confirmed',
        citations: ['gonzalez-cdcal-2020'],
        option: true,
        locks: [
          {
            switch: 'rejectDatabaseOnlyBasis',
            value: true,
            reason: 'Gonzalez (C.D. Cal. 2020): a database-only basis was held insufficient for the class.',
          },
        ],
      },
    ],
  },
  {
    id: 'us-il',
    name: 'Illinois',
    layers: [
      {
        id: 'us-il/trust-act-2017',
        jurisdiction: 'us-il',
        kind: 'statute',
        title: 'Illinois TRUST Act (2017), 5 ILCS 805/15',
        summary: 'No detention solely on the basis of an immigration detainer or civil immigration warrant.',
        effectiveFrom: '2017-01-01',
        effectiveUntil: '2021-01-01',
        datePrecision: 'year',
        status: 'confirmed',
        citations: ['il-trust-805'],
        locks: [
          {
            switch: 'hold',
            value: 'never',
            bound: 'at-most',
            reason: 'Illinois TRUST Act: no detention solely on the basis of a detainer.',
          },
        ],
        notes: [
          YEAR_ONLY,
          'DOMAIN.md does not say whether “or otherwise comply with” was in the 2017 text or came with the 2021 amendment; this layer bars only detention, and the 2021 layer bars notice too.',
        ],
      },
      {
        id: 'us-il/trust-act-2021',
        jurisdiction: 'us-il',
        kind: 'statute',
        title: 'Illinois TRUST Act as amended by the Way Forward Act (P.A. 102-0234, 2021), 5 ILCS 805/15 and 805/25',
        summary:
          'No detention “solely on the basis of any immigration detainer or civil immigration warrant or otherwise comply with” one, so notice is barred too; 805/25 requires an annual report per detainer.',
        effectiveFrom: '2021-01-01',
        datePrecision: 'year',
        status: 'confirmed',
        citations: ['il-trust-805'],
        locks: [
          {
            switch: 'hold',
            value: 'never',
            bound: 'at-most',
            reason: 'Illinois TRUST Act: no detention solely on the basis of a detainer.',
          },
          {
            switch: 'notify',
            value: 'barred',
            reason:
              'Illinois TRUST Act: no law enforcement agency may “otherwise comply with” a detainer, so notice is barred.',
          },
          {
            switch: 'transferAtRelease',
            value: 'never',
            bound: 'at-most',
            reason: 'Illinois TRUST Act: no law enforcement agency may “otherwise comply with” a detainer.',
          },
        ],
        mechanics: [
          'An annual report per detainer: date received, date and time bail was posted, released or transferred, when, and to whom (805/25).',
        ],
        notes: [YEAR_ONLY],
      },
    ],
  },
  {
    id: 'us-wa',
    name: 'Washington',
    layers: [
      {
        id: 'us-wa/kww-2019',
        jurisdiction: 'us-wa',
        kind: 'statute',
        title: 'Keep Washington Working Act (Laws 2019 ch. 440), RCW 43.17.420 and 10.93.160',
        summary:
          'No hold without a court order from a judge; “hold request” includes the I-247A and its prior or later versions; an I-200 is a civil warrant, not a court order.',
        effectiveFrom: '2019-01-01',
        datePrecision: 'year',
        status: 'secondary',
        citations: ['wa-kww-2019'],
        locks: [
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason: 'Keep Washington Working: no hold without a court order from a judge (an I-200 is not one).',
          },
        ],
        notes: [YEAR_ONLY],
      },
    ],
  },
  {
    id: 'us-co',
    name: 'Colorado',
    layers: [
      {
        id: 'us-co/hb19-1124',
        jurisdiction: 'us-co',
        kind: 'statute',
        title: 'Colorado HB19-1124 (2019): no hold on a civil detainer',
        summary: 'No hold on a civil immigration detainer.',
        effectiveFrom: '2019-01-01',
        datePrecision: 'year',
        status: 'secondary',
        citations: ['co-hb19-1124'],
        locks: [
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason:
              'Colorado HB19-1124: no hold on a civil immigration detainer (a judicial warrant is not a civil detainer).',
          },
        ],
        notes: [YEAR_ONLY],
      },
      {
        id: 'us-co/sb25-276',
        jurisdiction: 'us-co',
        kind: 'statute',
        title: 'Colorado SB25-276 (2025): no delay of release; access and advisement rules',
        summary:
          'No delay of release for immigration purposes; no ICE access to non-public areas without a judicial warrant; the person is advised of rights before an ICE interview.',
        effectiveFrom: '2025-01-01',
        datePrecision: 'year',
        status: 'secondary',
        citations: ['co-sb25-276'],
        locks: [
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason: 'Colorado SB25-276: no delay of release for immigration purposes.',
          },
        ],
        mechanics: [
          'No ICE access to non-public areas without a judicial warrant (access split by place and by warrant).',
          'The person is advised of rights before an ICE interview.',
        ],
        notes: [YEAR_ONLY],
      },
    ],
  },
  {
    id: 'us-or',
    name: 'Oregon',
    layers: [
      {
        id: 'us-or/hb3265-2021',
        jurisdiction: 'us-or',
        kind: 'statute',
        title: 'Oregon HB 3265 (2021, ch. 550), with ORS 181A.820 (Jul 19, 2021)',
        summary: 'No information about people in custody to ICE; requests are reported and published.',
        effectiveFrom: '2021-07-19',
        status: 'secondary',
        citations: ['or-hb3265-2021'],
        locks: [
          {
            switch: 'notify',
            value: 'barred',
            reason: 'Oregon HB 3265 (2021): no information about people in custody to ICE, so notice is barred.',
          },
        ],
        mechanics: ['Requests from ICE are reported and published.'],
      },
    ],
  },
  {
    id: 'us-ny',
    name: 'New York',
    layers: [
      {
        id: 'us-ny/poca-2020',
        jurisdiction: 'us-ny',
        kind: 'statute',
        title: 'New York Protect Our Courts Act (ch. 322, L. 2020; Civil Rights Law §28)',
        summary: 'A judicial warrant for civil arrests of people going to, attending or leaving court.',
        effectiveFrom: '2020-01-01',
        datePrecision: 'year',
        status: 'secondary',
        citations: ['ny-poca-2020'],
        mechanics: [
          'Civil arrests at court need a judicial warrant (courthouse arrests are outside this model’s custody).',
        ],
        notes: [YEAR_ONLY],
      },
      {
        id: 'us-ny/eo-170.1',
        jurisdiction: 'us-ny',
        kind: 'directive',
        title: 'New York Executive Order 170.1: civil arrests in state facilities (operative text unverified)',
        summary: 'A judicial warrant for civil immigration arrests in state facilities.',
        effectiveFrom: '2020-01-01',
        datePrecision: 'year',
        status: 'unverified',
        citations: ['ny-poca-2020'],
        option: true,
        locks: [
          {
            switch: 'hold',
            value: 'judicial-warrant',
            bound: 'at-most',
            reason:
              'New York EO 170.1 (operative text unverified): a civil arrest in a state facility needs a judicial warrant.',
          },
        ],
        notes: [
          'An option: the operative text of EO 170.1 is an open question (DOMAIN.md §8), and DOMAIN.md gives no date for it; it is dated here with the Protect Our Courts Act (2020).',
        ],
      },
      {
        id: 'us-ny/doj-challenge-dismissed-2025',
        jurisdiction: 'us-ny',
        kind: 'court-decision',
        title: 'DOJ’s 2025 challenge to the Protect Our Courts Act dismissed (Nov 17, 2025)',
        summary: 'The challenge was dismissed; the law stays in force.',
        effectiveFrom: '2025-11-17',
        status: 'secondary',
        citations: ['ny-poca-2020'],
        reads: 'us-ny/poca-2020',
        mechanics: ['The Protect Our Courts Act stays in force after the dismissal.'],
      },
    ],
  },
  {
    id: 'us-nj',
    name: 'New Jersey',
    layers: [
      {
        id: 'us-nj/directive-2018-6',
        jurisdiction: 'us-nj',
        kind: 'directive',
        title: 'New Jersey Attorney General Directive 2018-6 (Immigrant Trust Directive, Nov 29, 2018; rev. 2019)',
        summary:
          'Holds only for violent or serious offenses or with a judicial warrant; the detainee is told, on AG forms, of each ICE request.',
        effectiveFrom: '2018-11-29',
        status: 'secondary',
        citations: ['nj-directive-2018-6'],
        locks: [
          {
            switch: 'hold',
            value: 'listed-offenses',
            bound: 'at-most',
            reason:
              'New Jersey Directive 2018-6: holds only for violent or serious offenses or with a judicial warrant.',
          },
          {
            switch: 'listedOffenses',
            value: ['serious-or-violent-felony'],
            reason: 'New Jersey Directive 2018-6: violent or serious offenses.',
          },
        ],
        mechanics: [
          'The detainee is told, on AG forms, of each ICE request (a duty toward the person).',
          'A hold with a judicial warrant is also allowed: the model’s "listed-offenses" hold does not yet combine with a warrant.',
        ],
      },
    ],
  },
];
