import type { LiftReason } from '../detainer/vocabulary.js';
import type { EligibilityNoticeStatus, NoticeStatus, OutcomeCode } from '../machine/context.js';
import type { FixedOutcomeReason } from '../machine/outcomes.js';
import type { DecisionReasonCode } from '../policy/resolve-decision.js';
import type { MachineMessageKey } from './machine-keys.js';

/**
 * The stable id of every teaching text of the core: outcome titles and reasons (by outcome code and reason code),
 * lift reasons, decision reasons (by `DECISION_REASON_CODES`), notice sentences (by notice status), counting-rule
 * sentences, the case narrative's frames, the model's disclaimer and the statechart's own texts (states by path,
 * transitions by their `meta.key`: `./machine-keys.ts`). Texts may hold `{name}` placeholders, filled by
 * `textOf`'s params.
 */
export type MessageKey = CoreMessageKey | NarrativeMessageKey | MachineMessageKey;

/** The keys the machine, the policy resolution and the clocks read (their English texts: `text/en-core.ts`). */
export type CoreMessageKey =
  | `outcome.title.${OutcomeCode}`
  | `outcome.reason.${FixedOutcomeReason}`
  | 'outcome.lifted'
  | 'outcome.declined'
  | `lift.${LiftReason}`
  | `decision.${DecisionReasonCode}`
  | 'counting.policy.calendar'
  | 'counting.policy.excludeWeekendsAndHolidays'
  | 'counting.form.I-247A'
  | 'counting.form.regulation'
  | 'model.disclaimer'
  | 'model.lawAsOfText';

/** The keys only the case narrative reads (the SDK's `explain()`), kept out of `import { detainerMachine }`. */
export type NarrativeMessageKey =
  | 'counting.unverified'
  | `notice.${NoticeStatus}`
  | `eligibility.${EligibilityNoticeStatus}`
  | 'eligibility.sentence'
  | 'eligibility.sent-at'
  | 'eligibility.not-sent-yet'
  | 'lead.unknown'
  | 'lead.before'
  | 'lead.after'
  | 'case.booked'
  | 'case.entry'
  | 'case.entry-at-deadline'
  | 'case.hold-limit'
  | 'case.outcome'
  | 'case.open'
  | 'case.open-no-state'
  | 'case.unknown-time'
  | 'diagram.transient';

/** The texts of the {@link CoreMessageKey}s in one language. */
export type CoreMessages = { readonly [K in CoreMessageKey]: string };

/** One language's texts: every {@link MessageKey}, no more (a missing or extra key is a type error). */
export type Messages = { readonly [K in MessageKey]: string };
