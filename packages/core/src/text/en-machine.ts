import type { MachineMessages } from './machine-keys.js';

/**
 * The English teaching texts of the statechart, one home for them: every state's title, description and explanation
 * (by state path) and every transition's description and explanation (by the `meta.key` the machine gives it). The
 * machine keeps only its structure, citations and keys, so `import { detainerMachine }` carries none of these words;
 * the SDK's `getMachineGraph`, `explain()`, the diagram export, the CLI and the demo read them through `stateText`
 * and `transitionText`. The final states' titles are the outcome titles (`outcome.title.<code>`). Plain-language
 * and neutral; the citations stay on the machine.
 */
export const enMachine: MachineMessages = {
  'state.detainerCase.title': 'Detainer case',
  'state.detainerCase.description':
    'One immigration detainer case in one custodian’s hands, from booking to exactly one outcome.',
  'state.detainerCase.explanation':
    'A detainer is a request from DHS to the agency holding a person in criminal custody: to give notice before release, to hold the person up to 48 hours after release, or both. Honoring it is the custodian’s choice under its policy and state law. Each case ends in exactly one outcome.',
  'state.inCriminalCustody.title': 'In criminal custody',
  'state.inCriminalCustody.description':
    'The person is held on a criminal charge: booked, awaiting court, or serving a sentence.',
  'state.inCriminalCustody.explanation':
    'At booking, fingerprints go to the FBI, which shares them with DHS; a match lets ICE decide whether to lodge a detainer. In a 287(g) jail-model jurisdiction, trained local officers may screen and issue detainers themselves.',
  'state.inCriminalCustody.noDetainer.title': 'No detainer',
  'state.inCriminalCustody.noDetainer.description': 'No detainer has been lodged.',
  'state.inCriminalCustody.noDetainer.explanation':
    'DHS has not lodged a detainer. If the person becomes eligible for release now, ordinary release rules apply.',
  'state.inCriminalCustody.awaitingService.title': 'Awaiting service',
  'state.inCriminalCustody.awaitingService.description': 'An I-247A has been lodged but not yet served on the person.',
  'state.inCriminalCustody.awaitingService.explanation':
    'ICE guidance says the person must be served a copy of the I-247A for it to take effect. Until then, the custodian has nothing to honor.',
  'state.inCriminalCustody.detainerInEffect.title': 'Detainer in effect',
  'state.inCriminalCustody.detainerInEffect.description':
    'A detainer is in effect; the custodian has decided what to do under its policy.',
  'state.inCriminalCustody.detainerInEffect.explanation':
    'A detainer is a request, not a command. The custodian resolves its policy, state law first, and decides whether to honor a hold, give notice only, or decline. Each reason is recorded with its source.',
  'state.inCriminalCustody.detainerInEffect.deciding.title': 'Deciding',
  'state.inCriminalCustody.detainerInEffect.deciding.description':
    'The custodian resolves its policy layers for this detainer.',
  'state.inCriminalCustody.detainerInEffect.deciding.explanation':
    'Policies are separate switches: hold, notify, access, transfer, and a state-law layer that takes precedence over local policy. The decision is taken at once.',
  'state.inCriminalCustody.detainerInEffect.honoringHold.title': 'Will honor hold',
  'state.inCriminalCustody.detainerInEffect.honoringHold.description': 'The custodian will honor the request to hold.',
  'state.inCriminalCustody.detainerInEffect.honoringHold.explanation':
    'When the person becomes eligible for release, the hold clock starts: at most 48 hours, counted by the rule that applies to this detainer.',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.title': 'Notice only',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.description': 'The custodian will give notice but not hold.',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.explanation':
    'DHS learns of the release if the notice is sent; at release the person walks out unless DHS is there.',
  'state.inCriminalCustody.detainerInEffect.declining.title': 'Declined',
  'state.inCriminalCustody.detainerInEffect.declining.description': 'The custodian declines the detainer’s requests.',
  'state.inCriminalCustody.detainerInEffect.declining.explanation':
    'The custodian will neither hold nor notify. ICE has noted that custodians rarely tell it of a decline.',
  'state.holding.title': 'Hold running',
  'state.holding.description':
    'Held past release eligibility on the detainer alone, until DHS assumes custody or the deadline.',
  'state.holding.explanation':
    'The person would otherwise be free. The hold may not exceed 48 hours, counted by the rule that applies, and it is a new seizure that needs probable cause. At the deadline the person must be released at once.',
  'state.transferredToDhs.description': 'Outcome: DHS assumed custody.',
  'state.transferredToDhs.explanation': 'The person is now in DHS custody ("Booked into Detention" in ICE data).',
  'state.releasedHoldExpired.description': 'Outcome: the hold expired without DHS and the person was released.',
  'state.releasedHoldExpired.explanation':
    'DHS did not assume custody within the limit. The person was released at the deadline; DHS arriving later finds the person gone.',
  'state.releasedHoldDeclined.description': 'Outcome: the custodian declined the hold and released the person.',
  'state.releasedHoldDeclined.explanation':
    'The custodian did not honor the request to hold. ICE data calls this "Detainer Declined by LEA".',
  'state.releasedDetainerLifted.description': 'Outcome: DHS lifted the detainer.',
  'state.releasedDetainerLifted.explanation':
    'The detainer no longer asks anything of the custodian. A person still in criminal custody stays there under ordinary rules; one in a hold is released at once.',
  'state.releasedNoHoldRequested.description': 'Outcome: released without a hold, because no request to hold applied.',
  'state.releasedNoHoldRequested.explanation':
    'No detainer in effect asked for a hold (none was lodged, it was notice-only, or an I-247A was never served), so the person was released when eligible.',
  'transition.inCriminalCustody.RELEASE_SCHEDULED.description':
    'The custodian projects a release instant; notice (if requested and allowed) is due 48 hours before it.',
  'transition.inCriminalCustody.RELEASE_SCHEDULED.explanation':
    'The detainer asks for notice "as early as practicable (at least 48 hours, if possible)" before release. Scheduling the release fixes the instant the notice is counted back from; if less than 48 hours remain, notice is due at once. It is a soft deadline: late notice is recorded, not fatal.',
  'transition.inCriminalCustody.ACCESS_REQUESTED.description':
    'DHS asks to interview the person in the facility; the policy grants or refuses it.',
  'transition.inCriminalCustody.ACCESS_REQUESTED.explanation':
    'Access is a separate switch from holds and notice: some policies let DHS interview people in the jail, others do not, and some decide by place and warrant (Colorado, 2025: non-public areas only with a judicial warrant) or by consent (California state prisons: written consent). The request is recorded as granted or refused, with the reason; a granted interview may owe the person a rights advisal first. Nothing else changes.',
  'transition.inCriminalCustody.PROOF_OF_STATUS.description':
    'The person shows proof of US citizenship or lawful status; it is recorded.',
  'transition.inCriminalCustody.PROOF_OF_STATUS.explanation':
    'The proof is recorded on the person. Under a state law that mandates honoring detainers (Texas art. 2.251), a detainer decided later is decided without the mandate, by the local policy.',
  'transition.inCriminalCustody.PERSON_INFORMED.description':
    'The custodian performs a duty toward the person: a copy of the request, or rights before an interview.',
  'transition.inCriminalCustody.PERSON_INFORMED.explanation':
    'Some laws give the person in custody a right to be told: California state prisons give the person a copy of any hold, notification or transfer request and say whether they will comply, and need written consent before an ICE interview; New Jersey tells the detainee of each ICE request on AG forms; California, Colorado and New Jersey advise the person of their rights before an ICE interview. The duty is recorded as performed at this instant. A duty never performed is flagged when the case ends; it does not change the outcome.',
  'transition.noDetainer.DETAINER_LODGED.i247a.description':
    'An I-247A is lodged; it takes effect once served on the person.',
  'transition.noDetainer.DETAINER_LODGED.i247a.explanation':
    'Since April 2017 DHS uses Form I-247A with an administrative warrant (I-200 or I-205). The form must be served on the person for it to take effect, so the case waits for service.',
  'transition.noDetainer.DETAINER_LODGED.other-form.description':
    'A detainer on a form other than the I-247A is lodged and takes effect.',
  'transition.noDetainer.DETAINER_LODGED.other-form.explanation':
    'Older forms (I-247, and the I-247D, I-247N and I-247X of 2015–2017) stay active after a form change, and take effect when lodged. So does an I-247G (from Mar 4, 2025), a notice-only request under the Gonzalez settlement; whether it must first be served is not stated in the sources used.',
  'transition.noDetainer.RELEASE_ELIGIBLE.description': 'Eligible for release with no detainer lodged: released.',
  'transition.noDetainer.RELEASE_ELIGIBLE.explanation':
    'Bond, release on own recognizance, dismissal, acquittal, a completed sentence or diversion makes the person eligible for release. With no detainer, nothing asks the custodian to wait.',
  'transition.noDetainer.CUSTODY_MOVED.description':
    'The person moves to another custodian, whose policy applies from then on.',
  'transition.noDetainer.CUSTODY_MOVED.explanation':
    'People move between jails and prisons. A detainer lodged later will be decided under the new custodian’s policy.',
  'transition.awaitingService.DETAINER_SERVED.description': 'The I-247A is served on the person and takes effect.',
  'transition.awaitingService.DETAINER_SERVED.explanation':
    'With the copy served, the detainer takes effect and the custodian decides under its policy.',
  'transition.awaitingService.RELEASE_ELIGIBLE.description':
    'Eligible for release before the I-247A was served: released.',
  'transition.awaitingService.RELEASE_ELIGIBLE.explanation':
    'An I-247A that was never served has not taken effect, so no request applies when the person becomes eligible for release.',
  'transition.inCriminalCustody.DETAINER_LIFTED.description': 'DHS lifts or cancels the detainer.',
  'transition.inCriminalCustody.DETAINER_LIFTED.explanation':
    'DHS may cancel a detainer at any time; ICE data records the reason. The detainer case ends; criminal custody continues under ordinary rules.',
  'transition.inCriminalCustody.CUSTODIAN_REQUESTS_DELAY.description':
    'The custodian asks DHS to wait: the person is needed for prosecution or as a witness.',
  'transition.inCriminalCustody.CUSTODIAN_REQUESTS_DELAY.explanation':
    'A custodian may ask DHS to defer while the person is needed in a criminal case. The request is recorded; it does not change the detainer.',
  'transition.awaitingService.CUSTODY_MOVED.description':
    'The person moves to another custodian; the detainer follows.',
  'transition.awaitingService.CUSTODY_MOVED.explanation':
    'The detainer is addressed to the custodian "or any subsequent law enforcement agency", so it follows the person. It still needs service to take effect.',
  'transition.detainerInEffect.NOTICE_SENT.description':
    'The custodian notifies DHS of the release; on time or late is recorded.',
  'transition.detainerInEffect.NOTICE_SENT.explanation':
    'Notice sent at or before the due instant is on time; after it, late. Either way the case goes on: the deadline is soft.',
  'transition.detainerInEffect.CUSTODY_MOVED.description':
    'The person moves to another custodian; the detainer follows and is decided again.',
  'transition.detainerInEffect.CUSTODY_MOVED.explanation':
    'The detainer follows the person to "any subsequent law enforcement agency". The new custodian’s policy applies from then on, so the decision is taken again.',
  'transition.detainerInEffect.PROOF_OF_STATUS.description':
    'The person shows proof of US citizenship or lawful status; the decision is taken again.',
  'transition.detainerInEffect.PROOF_OF_STATUS.explanation':
    'A state law that mandates honoring detainers (Texas art. 2.251) does not apply to a person who proves US citizenship or lawful immigration status. Once the proof is shown, the decision is taken again: under such a mandate, the local policy’s switches now decide; elsewhere nothing changes.',
  'transition.deciding.always.honor-hold.description': 'A hold is requested and the policy allows it.',
  'transition.deciding.always.honor-hold.explanation':
    'The custodian will keep the person up to 48 hours after release eligibility so DHS can assume custody. Holding is a new seizure that needs probable cause.',
  'transition.deciding.always.notify-only.description': 'Notice is requested and allowed; no hold will be honored.',
  'transition.deciding.always.notify-only.explanation':
    'The custodian will tell DHS of the release but will not keep the person past it, either because no hold was requested or because the policy does not honor one.',
  'transition.deciding.always.decline.description': 'The policy honors none of the requests.',
  'transition.deciding.always.decline.explanation':
    'The custodian will neither hold the person nor give notice. A custodian may decline because a detainer is a request, not a command.',
  'transition.honoringHold.RELEASE_ELIGIBLE.dhs-present.description':
    'DHS is present at release and the policy hands the person over.',
  'transition.honoringHold.RELEASE_ELIGIBLE.dhs-present.explanation':
    'With DHS at the door at the moment of release, no hold is needed: custody passes to DHS.',
  'transition.honoringHold.RELEASE_ELIGIBLE.start-hold.description': 'Eligible for release: the hold clock starts.',
  'transition.honoringHold.RELEASE_ELIGIBLE.start-hold.explanation':
    'The moment the person would otherwise be released starts the hold clock. The deadline is fixed now, as an absolute instant, by the counting rule and the custodian’s time zone.',
  'transition.honoringHold.STATE_JUDICIAL_ORDER.description':
    'A state judicial official enters the order the hold will rest on, just before release eligibility.',
  'transition.honoringHold.STATE_JUDICIAL_ORDER.explanation':
    'Some state laws (North Carolina HB 10, from Dec 1, 2024) say that a person held on a detainer with an administrative warrant is taken before a state judicial official and held under a state court order. An order entered before the hold starts is recorded, and the hold, when it starts, rests on it.',
  'transition.detainerInEffect.TRANSFERRED_BEFORE_RELEASE.description':
    'Handed to DHS before release eligibility: state law allows it (Florida, Iowa).',
  'transition.detainerInEffect.TRANSFERRED_BEFORE_RELEASE.explanation':
    'Some state laws let DHS take custody before the person would be released: in Florida a court may reduce a sentence by up to 12 days so DHS can take custody before release; in Iowa the end of a sentence may be served in federal custody. The case ends in DHS custody without a hold. The policy must allow it and a detainer must be in effect.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.dhs-present.description':
    'DHS is present at release and the policy hands the person over.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.dhs-present.explanation':
    'Notice let DHS be present at the moment of release; the policy allows the hand-over.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.hold-declined.description':
    'A hold was requested but not honored: released at eligibility.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.hold-declined.explanation':
    'The policy gives notice but does not hold, so the person is released on time.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.notice-only.description':
    'The detainer asked for notice only: released at eligibility.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.notice-only.explanation':
    'No hold was requested, so none applies: the person is released when eligible.',
  'transition.declining.RELEASE_ELIGIBLE.dhs-present.description':
    'DHS happens to be present at release and the policy allows a hand-over.',
  'transition.declining.RELEASE_ELIGIBLE.dhs-present.explanation':
    'Even without a hold or notice, a policy may hand the person to DHS agents who are present.',
  'transition.declining.RELEASE_ELIGIBLE.hold-declined.description': 'The hold was declined: released at eligibility.',
  'transition.declining.RELEASE_ELIGIBLE.hold-declined.explanation':
    'ICE data records this as "Detainer Declined by LEA".',
  'transition.declining.RELEASE_ELIGIBLE.notice-only.description':
    'Only notice was requested and the policy withholds it: released at eligibility.',
  'transition.declining.RELEASE_ELIGIBLE.notice-only.explanation':
    'No hold was requested, and the policy does not give notice.',
  'transition.holding.HOLD_DEADLINE_REACHED.description':
    'The hold deadline arrives without DHS: released at that instant.',
  'transition.holding.HOLD_DEADLINE_REACHED.explanation':
    'When the limit is reached the person must be released at once; holding longer risks false imprisonment.',
  'transition.holding.deadline-passed.description':
    'The event comes at or after the hold deadline: the person was already released at the deadline.',
  'transition.holding.deadline-passed.explanation':
    'Nothing that happens after the deadline can extend a hold. The person was released at the deadline itself, so the case ends there, whatever the event. An event at exactly the deadline (48:00) also comes too late: a cautious choice of this model, since the limit is "not to exceed 48 hours".',
  'transition.holding.DHS_ASSUMED_CUSTODY.description': 'DHS assumes custody before the deadline.',
  'transition.holding.DHS_ASSUMED_CUSTODY.explanation':
    'DHS arrives within the hold and takes custody ("Booked into Detention"). Arriving at exactly the deadline is too late in this model: the hold ends at 48:00.',
  'transition.holding.DETAINER_LIFTED.description': 'DHS lifts the detainer during the hold: released at once.',
  'transition.holding.DETAINER_LIFTED.explanation':
    'ICE policy is to promptly assume custody or cancel the detainer. With it cancelled, nothing supports the hold.',
  'transition.holding.NOTICE_SENT.description':
    'The custodian notifies ICE during the hold, against the deadline counted from release eligibility.',
  'transition.holding.NOTICE_SENT.explanation':
    'Some state laws (North Carolina HB 318, 2025) require the jail to notify ICE within two hours of the time the person would otherwise be released: a hard deadline counted forward from release eligibility, unlike the soft 48-hour advance notice. The notice is recorded as on time or late; a late one is flagged, and the hold goes on either way.',
  'transition.holding.STATE_JUDICIAL_ORDER.description':
    'A state judicial official enters an order under which the person is held.',
  'transition.holding.STATE_JUDICIAL_ORDER.explanation':
    'Some state laws (North Carolina HB 10, from Dec 1, 2024) say that a person held on a detainer with an administrative warrant is taken before a state judicial official "without unnecessary delay" and held under a state court order. The law sets no number of hours, so this model sets none: the order is recorded when entered, and a hold that ends without one is flagged as missing. The hold goes on either way.',
  'transition.holding.ACCESS_REQUESTED.description': 'DHS asks to interview the person during the hold.',
  'transition.holding.ACCESS_REQUESTED.explanation': 'Access is decided by the policy, independently of the hold.',
  'transition.holding.CUSTODY_MOVED.new-criminal-charge.description':
    'Another agency takes the person into its criminal custody; the hold ends and the detainer follows.',
  'transition.holding.CUSTODY_MOVED.new-criminal-charge.explanation':
    'If another agency takes the person on its own criminal charge, this hold ends; its record and hours stay in the hold history. The detainer follows the person, and the new custodian’s policy decides anew; any new hold starts only at the next release eligibility.',
  'transition.holding.CUSTODY_MOVED.detainer-only-kept.description':
    'Moved while held only on the detainer, to a custodian that honors the hold: the hold goes on to the same deadline.',
  'transition.holding.CUSTODY_MOVED.detainer-only-kept.explanation':
    'The detainer follows the person to "any subsequent law enforcement agency". The person is held only on the detainer, so the 48 hours keep running from the original release eligibility: the new custodian may hold only to the deadline already fixed, never past it.',
  'transition.holding.CUSTODY_MOVED.detainer-only-declined.description':
    'Moved while held only on the detainer, to a custodian that does not honor the hold: released at the move.',
  'transition.holding.CUSTODY_MOVED.detainer-only-declined.explanation':
    'A detainer is a request, not a command, and the new custodian’s policy does not honor the hold. With nothing else to hold the person on, the hold ends at the move and the person is released.',
  'transition.holding.PROOF_OF_STATUS.hold-kept.description':
    'Proof of US citizenship or lawful status is shown during the hold, and the policy still honors the hold.',
  'transition.holding.PROOF_OF_STATUS.hold-kept.explanation':
    'The proof is recorded and the decision taken again. Under a state mandate the local policy now decides; here it still honors the hold, so the hold goes on to the same deadline.',
  'transition.holding.PROOF_OF_STATUS.hold-ends.description':
    'Proof of US citizenship or lawful status is shown during the hold, and the local policy does not hold: released.',
  'transition.holding.PROOF_OF_STATUS.hold-ends.explanation':
    'A state law that mandates honoring detainers (Texas art. 2.251) does not apply to a person who proves US citizenship or lawful immigration status. Without the mandate the local policy decides, and it does not honor the hold, so the hold ends when the proof is shown and the person is released.',
};
