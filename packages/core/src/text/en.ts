import { enCore } from './en-core.js';
import { enMachine } from './en-machine.js';
import type { Messages } from './messages.js';

/**
 * The English catalog: the core's texts (`./en-core.ts`: outcomes, decision reasons, counting rules, the
 * disclaimer), the statechart's texts (`./en-machine.ts`) and the case narrative's frames, which only the SDK reads.
 */
export const en: Messages = {
  ...enCore,
  ...enMachine,
  'counting.unverified': ' This counting rule rests on an unverified reading of the form.',
  // Where notice of release stands, by notice status [i247a-form].
  'notice.not-requested': 'DHS did not ask for notice of release.',
  'notice.withheld-by-policy': 'DHS asked for notice of release; the policy does not give it.',
  'notice.barred-by-law':
    'DHS asked for notice of release; a law the policy follows bars any compliance with a detainer, notice included, so none is given.',
  'notice.pending': 'Notice of release is due by {due} and has not been sent yet.',
  'notice.sent-on-time': 'Notice of release was due by {due} and was sent on time, at {sent}, {lead}.',
  'notice.sent-late':
    'Notice of release was due by {due} and was sent late, at {sent}, {lead}. Late notice is recorded, not fatal to the case.',
  'notice.sent-48h-not-possible':
    'The custodian learned of the release less than {hours} hours ahead, so {hours} hours of notice were never possible; notice was sent at {sent}, {lead}. The form asks for notice "as early as practicable (at least 48 hours, if possible)": this is not late notice.',
  'notice.not-sent': 'Notice of release was due by {due} and was never sent. This is recorded, not fatal to the case.',
  'notice.not-requested-detainer-lifted':
    'DHS lifted the detainer before notice of release was sent; once a detainer is lifted nothing asks for notice.',
  // The two-hour notice after release eligibility, by its status [nc-hb318-2025].
  'eligibility.pending': 'still open',
  'eligibility.sent-on-time': 'met',
  'eligibility.sent-late': 'missed (recorded, not fatal to the case)',
  'eligibility.not-sent': 'missed (recorded, not fatal to the case)',
  'eligibility.sentence':
    'A state law the policy follows (North Carolina HB 318; its effective date is unverified) requires notice to ICE within two hours of release eligibility, by {due}: {sent}, so the deadline is {verdict}.',
  'eligibility.sent-at': 'sent at {at}',
  'eligibility.not-sent-yet': 'not sent',
  // A notice's lead time: "7 h 50 min before the projected release".
  'lead.unknown': 'lead time unknown',
  'lead.before': '{span} before the projected release',
  'lead.after': '{span} after the projected release',
  // The case narrative (the SDK's explain()).
  'case.booked': 'On {when} the person is booked into criminal custody at {custodian}, under the policy "{policy}".',
  'case.entry': 'On {when}: {description}',
  'case.entry-at-deadline': 'At the deadline {when}: {description}',
  'case.hold-limit': 'The hold may not go past {when}.',
  'case.outcome': 'Outcome: {text}',
  'case.open': 'As of {when} the case is open: {state}',
  'case.open-no-state': 'no outcome yet.',
  'case.unknown-time': '?',
  // The diagram export: what a state left at once by its eventless transitions (`deciding`) is marked with.
  'diagram.transient': 'decided at once',
};
