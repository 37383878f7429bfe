/**
 * The ids of the statechart's teaching texts (types only: nothing here reaches a bundle). A state's texts are keyed
 * by its path (`state.holding.title`; the machine itself is `state.detainerCase`); a transition's by the stable key
 * in its `meta.key` (`transition.holding.CUSTODY_MOVED.detainer-only-kept.description`), never by its index, which
 * changes when a transition is added. A transition shared by several states (the hold deadline checked first, a lift
 * before release, …) has one key and one text.
 */

/** The dotted path of every state of `detainerMachine`, and `detainerCase` for the machine itself. */
export type MachineStatePath =
  | 'detainerCase'
  | 'inCriminalCustody'
  | 'inCriminalCustody.noDetainer'
  | 'inCriminalCustody.awaitingService'
  | 'inCriminalCustody.detainerInEffect'
  | 'inCriminalCustody.detainerInEffect.deciding'
  | 'inCriminalCustody.detainerInEffect.honoringHold'
  | 'inCriminalCustody.detainerInEffect.notifyingOnly'
  | 'inCriminalCustody.detainerInEffect.declining'
  | 'holding'
  | 'transferredToDhs'
  | 'releasedHoldExpired'
  | 'releasedHoldDeclined'
  | 'releasedDetainerLifted'
  | 'releasedNoHoldRequested';

/** The final states, whose titles are the outcome titles (`outcome.title.<code>`), one home for them. */
export type FinalStatePath =
  | 'transferredToDhs'
  | 'releasedHoldExpired'
  | 'releasedHoldDeclined'
  | 'releasedDetainerLifted'
  | 'releasedNoHoldRequested';

/** The stable key of every transition's text (`meta.key` in the machine). */
export type TransitionTextKey =
  | 'inCriminalCustody.RELEASE_SCHEDULED'
  | 'inCriminalCustody.ACCESS_REQUESTED'
  | 'inCriminalCustody.PROOF_OF_STATUS'
  | 'inCriminalCustody.PERSON_INFORMED'
  | 'noDetainer.DETAINER_LODGED.i247a'
  | 'noDetainer.DETAINER_LODGED.other-form'
  | 'noDetainer.RELEASE_ELIGIBLE'
  | 'noDetainer.CUSTODY_MOVED'
  | 'awaitingService.DETAINER_SERVED'
  | 'awaitingService.RELEASE_ELIGIBLE'
  | 'inCriminalCustody.DETAINER_LIFTED'
  | 'inCriminalCustody.CUSTODIAN_REQUESTS_DELAY'
  | 'awaitingService.CUSTODY_MOVED'
  | 'detainerInEffect.NOTICE_SENT'
  | 'detainerInEffect.CUSTODY_MOVED'
  | 'detainerInEffect.PROOF_OF_STATUS'
  | 'deciding.always.honor-hold'
  | 'deciding.always.notify-only'
  | 'deciding.always.decline'
  | 'honoringHold.RELEASE_ELIGIBLE.dhs-present'
  | 'honoringHold.RELEASE_ELIGIBLE.start-hold'
  | 'honoringHold.STATE_JUDICIAL_ORDER'
  | 'detainerInEffect.TRANSFERRED_BEFORE_RELEASE'
  | 'notifyingOnly.RELEASE_ELIGIBLE.dhs-present'
  | 'notifyingOnly.RELEASE_ELIGIBLE.hold-declined'
  | 'notifyingOnly.RELEASE_ELIGIBLE.notice-only'
  | 'declining.RELEASE_ELIGIBLE.dhs-present'
  | 'declining.RELEASE_ELIGIBLE.hold-declined'
  | 'declining.RELEASE_ELIGIBLE.notice-only'
  | 'holding.HOLD_DEADLINE_REACHED'
  | 'holding.deadline-passed'
  | 'holding.DHS_ASSUMED_CUSTODY'
  | 'holding.DETAINER_LIFTED'
  | 'holding.NOTICE_SENT'
  | 'holding.STATE_JUDICIAL_ORDER'
  | 'holding.ACCESS_REQUESTED'
  | 'holding.CUSTODY_MOVED.new-criminal-charge'
  | 'holding.CUSTODY_MOVED.detainer-only-kept'
  | 'holding.CUSTODY_MOVED.detainer-only-declined'
  | 'holding.PROOF_OF_STATUS.hold-kept'
  | 'holding.PROOF_OF_STATUS.hold-ends';

/** The keys of the statechart's teaching texts in a catalog. */
export type MachineMessageKey =
  | `state.${Exclude<MachineStatePath, FinalStatePath>}.title`
  | `state.${MachineStatePath}.${'description' | 'explanation'}`
  | `transition.${TransitionTextKey}.${'description' | 'explanation'}`;

/** The statechart's texts in one language. */
export type MachineMessages = { readonly [K in MachineMessageKey]: string };
