import type { CoreMessages } from './messages.js';

/**
 * The English texts the machine, `resolveDecision` and `resolveCountingRule` read, one home for them (the rest of
 * the English catalog, the case narrative's frames, is in `./en.ts`; the Spanish catalog, `./es.ts`, is a separate
 * module loaded only on request). Plain-language and neutral; citations stay with the code that applies the rule.
 */
export const enCore: CoreMessages = {
  // Outcomes (DOMAIN.md §2.7).
  'outcome.title.transferred-to-dhs': 'Transferred to DHS',
  'outcome.title.released-hold-expired': 'Released: hold expired',
  'outcome.title.released-hold-declined': 'Released: hold declined',
  'outcome.title.released-detainer-lifted': 'Detainer lifted',
  'outcome.title.released-no-hold-requested': 'Released: no hold requested',
  'outcome.reason.dhs-assumed-custody-during-hold':
    'DHS assumed custody during the hold, before its deadline ("Booked into Detention").',
  'outcome.reason.transferred-at-release':
    'DHS was present at release and the policy hands the person over at that moment.',
  'outcome.reason.hold-limit-reached':
    'The hold reached its deadline without DHS assuming custody (DHS arriving at the deadline itself counts as too late); the person is released at that instant. Holding longer risks false imprisonment.',
  'outcome.reason.notice-only-request':
    'The detainer asked for notice only and did not request detention, so the person was released without a hold.',
  'outcome.reason.no-detainer':
    'No detainer was lodged before the person became eligible for release, so ordinary release rules applied.',
  'outcome.reason.detainer-not-served':
    'The I-247A was never served on the person, so it had not taken effect when the person became eligible for release.',
  'outcome.reason.transferred-before-release-eligibility':
    'The custodian handed the person to DHS before release eligibility, as state law allows (Florida SB 168: a court may reduce a sentence by up to 12 days so DHS takes custody before release; Iowa ch. 27A: the end of a sentence may be served in federal custody). No hold was needed.',
  'outcome.reason.hold-declined-after-custody-move':
    'The person, held only on the detainer, was moved during the hold to a custodian whose policy does not honor the request to hold: the hold ended at the move and the person was released.',
  'outcome.reason.hold-declined-after-proof-of-status':
    'The person showed proof of US citizenship or lawful status during the hold. The state mandate to honor detainer requests does not apply to such a person, and the local policy does not honor the request to hold: the hold ended when the proof was shown and the person was released.',
  'outcome.lifted': 'DHS lifted the detainer ({words}).',
  'outcome.declined': 'The custodian did not honor the request to hold, and the person was released. {reason}',
  // The "Detainer Lift Reason" values of ICE data [ddp-codebook].
  'lift.prosecutorial-discretion': 'prosecutorial discretion',
  'lift.us-citizenship-claim': 'US citizenship or a presumptive claim to it',
  'lift.not-amenable-to-removal': 'not amenable to removal',
  'lift.case-closed': 'case closed',
  'lift.early-release': 'early release',
  'lift.no-longer-in-custody': 'no longer in state, local or federal custody',
  // The custodian's decision, by reason code (policy/resolve-decision.ts).
  'decision.detainer-is-request':
    "A detainer is a request, not a command: honoring it is the custodian's choice, and the custodian bears the liability for that choice.",
  'decision.hold-is-new-seizure':
    'Holding the person after the moment they would otherwise be released is a new seizure, which needs its own probable cause.',
  'decision.hold-not-requested':
    'The detainer does not ask the custodian to hold the person, so there is no request to hold to honor.',
  'decision.hold-not-requested-i247n':
    'The detainer is an I-247N: it asks for notice of release only and does not request detention.',
  'decision.hold-not-requested-i247g':
    'The detainer is an I-247G, a Request for Advance Notification of Release: it asks for notice of release only and does not request detention.',
  'decision.federal-hold-neutral-review':
    'The policy applies the Gonzalez settlement (Mar 4, 2025): a request to hold needs neutral review of probable cause. This request had that review (or comes with a judicial warrant). Which ICE offices the settlement covers is unverified; this policy assumes it covers this one.',
  'decision.federal-hold-no-neutral-review':
    'The policy applies the Gonzalez settlement (Mar 4, 2025): a request to hold needs neutral review of probable cause, and this request had none (and no judicial warrant), so it is not honored. Which ICE offices the settlement covers is unverified; this policy assumes it covers this one.',
  'decision.notice-not-requested':
    'The detainer does not ask for notice of release, so there is no request for notice to honor.',
  'decision.state-law-none': 'No state-law rule on detainers applies here: the local policy decides.',
  'decision.state-law-no-authority':
    'State law gives the custodian no authority to hold a person on a civil immigration detainer, so no request to hold is honored, whatever the local policy says. Notice and DHS access follow the local policy.',
  'decision.state-law-no-authority-overrides-local':
    'State law gives the custodian no authority to hold a person on a civil immigration detainer. The local policy would honor this request to hold; state law overrides the local policy, so the request to hold is not honored. Notice and DHS access follow the local policy.',
  'decision.state-law-mandated-compliance':
    "State law requires the custodian to honor the detainer's requests to hold and to give notice, and to tell the person why they are held; the local policy's hold and notice switches do not apply.",
  'decision.state-law-mandated-compliance-overrides-local':
    "State law requires the custodian to honor the detainer's requests to hold and to give notice, and to tell the person why they are held. The local policy would not honor every request on this detainer; state law overrides the local policy, so every request is honored.",
  'decision.state-law-mandate-exempt-citizenship':
    "The person has given proof of US citizenship. State law exempts that case from the mandate to honor detainer requests, so the mandate does not apply: the local policy's switches decide the request to hold and notice, as if state law were silent.",
  'decision.state-law-mandate-exempt-lawful-status':
    "The person has given proof of lawful immigration status. State law exempts that case from the mandate to honor detainer requests, so the mandate does not apply: the local policy's switches decide the request to hold and notice, as if state law were silent.",
  'decision.local-hold-never': 'The local policy does not honor requests to hold.',
  'decision.local-hold-always': 'The local policy honors requests to hold.',
  'decision.local-hold-judicial-warrant':
    'The local policy honors a request to hold only with a judicial warrant, and this detainer comes with a warrant signed by a judge.',
  'decision.local-hold-administrative-warrant':
    'The local policy honors a request to hold only with a judicial warrant. This detainer comes with an administrative warrant (I-200 or I-205), signed by an immigration officer rather than a judge, so the request to hold is not honored.',
  'decision.local-hold-no-warrant':
    'The local policy honors a request to hold only with a judicial warrant, and this detainer comes with no warrant, so the request to hold is not honored.',
  'decision.local-hold-listed-offense':
    "The local policy honors a request to hold only for listed offenses, and the person's charges or convictions include a listed offense.",
  'decision.local-hold-no-listed-offense':
    "The local policy honors a request to hold only for listed offenses, and none of the person's charges or convictions is a listed offense, so the request to hold is not honored.",
  'decision.local-hold-database-only-basis':
    "The local policy does not honor a request to hold whose only probable-cause basis is a biometric match and database records, and that is this detainer's only basis.",
  'decision.local-hold-no-stated-basis':
    'The local policy does not honor a request to hold that rests only on database records, and this detainer states no other probable-cause basis (it states none), so the request to hold is not honored.',
  'decision.local-notify-never': 'The local policy does not give DHS notice of release.',
  'decision.local-notify-always': 'The local policy gives DHS notice of release when DHS asks for it.',
  'decision.local-notify-listed-offense':
    "The local policy gives notice of release only for listed offenses, and the person's charges or convictions include a listed offense.",
  'decision.local-notify-no-listed-offense':
    "The local policy gives notice of release only for listed offenses, and none of the person's charges or convictions is a listed offense, so notice is not given.",
  'decision.local-notify-barred':
    'The policy follows a law that bars any compliance with an immigration detainer, as the Illinois TRUST Act does (no detention "solely on the basis of any immigration detainer or civil immigration warrant or otherwise comply with" one): no notice of release is given, whatever the detainer asks. This is a prohibition, not a choice to decline.',
  'decision.local-access-allowed': 'The local policy lets DHS enter the facility to interview people in custody.',
  'decision.local-access-refused':
    'The local policy does not let DHS enter the facility to interview people in custody.',
  'decision.local-transfer-at-release':
    'The local policy hands the person to DHS at the moment of release when DHS is present.',
  'decision.local-no-transfer-at-release': 'The local policy does not hand the person to DHS at the moment of release.',
  'decision.local-transfer-listed-offense':
    "The local policy hands the person to DHS at release only for listed offenses, and the person's charges or convictions include a listed offense, so the person is handed over when DHS is present.",
  'decision.local-transfer-no-listed-offense':
    "The local policy hands the person to DHS at release only for listed offenses, and none of the person's charges or convictions is a listed offense, so the person is not handed over.",
  'decision.state-law-no-authority-warrant-service':
    'State law gives the custodian no authority to hold a person on a civil immigration detainer. Under the custodian’s 287(g) Warrant Service Officer agreement, the policy reads the service of ICE’s administrative warrant (I-200 or I-205) by a delegated local officer as outside that rule, so the hold proceeds as the service of the federal warrant, not as a hold on the detainer, and the local policy decides. Whether such service escapes a state "no authority" rule (Lunn, Ramon) is unverified.',
  'decision.agreement-287g-jail-enforcement':
    'The custodian has a 287(g) Jail Enforcement Model agreement: trained jail officers screen people and issue detainers themselves, so in this model the detainer was lodged by a local 287(g) officer rather than by ICE staff. The custodian’s switches decide as usual.',
  'decision.agreement-287g-warrant-service':
    'The custodian has a 287(g) Warrant Service Officer agreement: delegated local officers serve ICE’s administrative warrant (I-200 or I-205) inside the jail and transfer custody to ICE; they do not screen people or issue detainers. A hold here is the service of that warrant.',
  'decision.local-access-judicial-warrant-for-non-public-areas':
    'The policy lets DHS interview people in public areas of the facility; in non-public areas only with a judicial warrant, as Colorado law provides from 2025. Each interview request is decided by where it is and whether a judicial warrant comes with it.',
  'decision.local-access-written-consent':
    "The policy lets DHS interview a person only with that person's written consent, as California requires of its state prisons. Each interview request is decided by whether the person consented in writing.",
  'decision.access-public-area':
    'The interview is asked for in a public area of the facility, where the policy does not require a judicial warrant, so it is granted.',
  'decision.access-non-public-judicial-warrant':
    'The interview is asked for in a non-public area, and DHS has a judicial warrant, which the policy requires there, so it is granted.',
  'decision.access-non-public-no-judicial-warrant':
    'The interview is asked for in a non-public area without a judicial warrant, which the policy requires there, so it is refused. An administrative warrant (I-200 or I-205) is not a judicial warrant.',
  'decision.access-written-consent-given':
    'The person consented in writing to the interview, which the policy requires, so it is granted.',
  'decision.access-no-written-consent':
    'The person has not consented in writing to the interview, which the policy requires, so it is refused.',
  'decision.local-no-transfer-barred':
    'The law the policy follows bars any compliance with a detainer, so the person is not handed to DHS at release either, whatever the transfer switch says.',

  // How the 48 hours are counted (clock/counting-rule.ts, DOMAIN.md §3).
  'counting.policy.calendar': 'The policy counts the 48 hours as elapsed time, weekends and holidays included.',
  'counting.policy.excludeWeekendsAndHolidays':
    'The policy counts the 48 hours on weekdays only, leaving out Saturdays, Sundays and federal holidays.',
  'counting.form.I-247A':
    'The I-247A asks for a hold "not to exceed 48 hours beyond the time when he or she would otherwise have been released". Whether weekends and holidays are left out of that count is unverified; this case counts 48 elapsed hours. Set the policy\'s counting rule to "excludeWeekendsAndHolidays" to apply the regulation\'s weekday count instead.',
  'counting.form.regulation':
    'An {form} hold follows the regulation: "not to exceed 48 hours, excluding Saturdays, Sundays, and holidays".',
  // What every view of a result says (model-info.ts).
  'model.disclaimer': 'Educational model, not legal advice.',
  'model.lawAsOfText':
    'Models federal detainer rules and the policy types in its sources as of August 2021 (the latest source cited).',
};
