/**
 * The event forms: default values for each event type and the event object a form produces. Vocabularies
 * (forms, reasons, warrants, presets) are read from the SDK's schemas; validation is the SDK's.
 */
import {
  AccessAreaSchema,
  CustodianKindSchema,
  type CustodyMoveBasis,
  CustodyMoveBasisSchema,
  DelayReasonSchema,
  type DetainerEventType,
  DetainerFormSchema,
  EarlyTransferBasisSchema,
  formInUseAt,
  getPolicyPreset,
  HOUR_MS,
  LiftReasonSchema,
  NOTICE_LEAD_HOURS,
  PersonDutySchema,
  POLICY_PRESET_IDS,
  type PolicyPresetId,
  ProbableCauseBasisSchema,
  ReleaseReasonSchema,
  type ShownProofOfStatus,
  ShownProofOfStatusSchema,
  WarrantSchema,
} from '@detainer-kit/sdk';
import { en, type Messages } from '../i18n/en';
import { fromDatetimeLocal, toDatetimeLocal } from './format';

/** How each event is named on its button, in English (the UI's messages, `i18n/en.ts`, are the one home). */
export const EVENT_LABELS: Readonly<Record<DetainerEventType, string>> = en.eventLabels;

/** Who acts, for grouping the buttons. */
export const EVENT_ACTOR: Readonly<Record<DetainerEventType, 'DHS' | 'Custodian' | 'Court / person'>> = {
  DETAINER_LODGED: 'DHS',
  DETAINER_SERVED: 'Custodian',
  RELEASE_SCHEDULED: 'Custodian',
  NOTICE_SENT: 'Custodian',
  RELEASE_ELIGIBLE: 'Court / person',
  DHS_ASSUMED_CUSTODY: 'DHS',
  DETAINER_LIFTED: 'DHS',
  ACCESS_REQUESTED: 'DHS',
  CUSTODY_MOVED: 'Custodian',
  CUSTODIAN_REQUESTS_DELAY: 'Custodian',
  STATE_JUDICIAL_ORDER: 'Court / person',
  PROOF_OF_STATUS: 'Court / person',
  PERSON_INFORMED: 'Custodian',
  TRANSFERRED_BEFORE_RELEASE: 'Custodian',
};

/** Event types whose payload needs a form; the others are sent at the current virtual time. */
export const EVENTS_WITH_FORM: ReadonlySet<DetainerEventType> = new Set<DetainerEventType>([
  'DETAINER_LODGED',
  'RELEASE_SCHEDULED',
  'RELEASE_ELIGIBLE',
  'DETAINER_LIFTED',
  'CUSTODIAN_REQUESTS_DELAY',
  'CUSTODY_MOVED',
  'PROOF_OF_STATUS',
  'ACCESS_REQUESTED',
  'PERSON_INFORMED',
  'TRANSFERRED_BEFORE_RELEASE',
]);

export const FORM_OPTIONS = {
  forms: DetainerFormSchema.options,
  basis: ProbableCauseBasisSchema.options,
  warrants: WarrantSchema.options,
  releaseReasons: ReleaseReasonSchema.options,
  liftReasons: LiftReasonSchema.options,
  delayReasons: DelayReasonSchema.options,
  presets: POLICY_PRESET_IDS,
  custodianKinds: CustodianKindSchema.options,
  moveBases: CustodyMoveBasisSchema.options,
  proofs: ShownProofOfStatusSchema.options,
  accessAreas: AccessAreaSchema.options,
  duties: PersonDutySchema.options,
  earlyTransferBases: EarlyTransferBasisSchema.options,
} as const;

/** Every field any event form has; each form uses some. Instants are `datetime-local` strings. */
export interface EventFormValues {
  at: string;
  form: string;
  requestNotice: boolean;
  requestHold: boolean;
  basis: string[];
  warrant: string;
  neutralReview: boolean;
  issuer: string;
  issuedAt: string;
  releaseReason: string;
  dhsPresent: boolean;
  liftReason: string;
  delayReason: string;
  releaseAt: string;
  custodianId: string;
  custodianName: string;
  custodianKind: string;
  custodianTimeZone: string;
  policyPreset: PolicyPresetId;
  /** On what the person is held at the new custodian (`CUSTODY_MOVED`'s `basis`). */
  moveBasis: string;
  /** The proof of status shown (`PROOF_OF_STATUS`'s `proof`). */
  proof: string;
  /** '' = not stated (read as non-public). */
  accessArea: string;
  judicialWarrant: boolean;
  writtenConsent: boolean;
  duty: string;
  earlyTransferBasis: string;
}

/**
 * Defaults for a new form: every instant is the current virtual time, except the scheduled release: one day
 * more than the notice lead time later, so a requested notice has a visible window before it falls due.
 */
export function defaultFormValues(now: string, timeZone: string): EventFormValues {
  const form = formInUseAt(now);
  return {
    at: toDatetimeLocal(now, timeZone),
    form,
    requestNotice: true,
    requestHold: true,
    basis: ['biometric-match-and-database'],
    warrant: form === 'I-247A' ? 'I-200' : 'none',
    neutralReview: false,
    issuer: 'ICE',
    issuedAt: '',
    releaseReason: 'bond-posted',
    dhsPresent: false,
    liftReason: 'prosecutorial-discretion',
    delayReason: 'prosecution',
    releaseAt: toDatetimeLocal(new Date(Date.parse(now) + (NOTICE_LEAD_HOURS + 24) * HOUR_MS).toISOString(), timeZone),
    custodianId: 'state-prison',
    custodianName: 'State prison',
    custodianKind: 'state-prison',
    custodianTimeZone: timeZone,
    policyPreset: 'full-cooperation',
    // The event's own default basis (old scenario files and events parse as a move on a new criminal charge).
    moveBasis: 'new-criminal-charge' satisfies CustodyMoveBasis,
    proof: 'us-citizenship' satisfies ShownProofOfStatus,
    accessArea: '',
    judicialWarrant: false,
    writtenConsent: false,
    duty: 'copy-of-request',
    earlyTransferBasis: 'sentence-reduction',
  };
}

export type BuiltEvent = { ok: true; event: Record<string, unknown> } | { ok: false; message: string };

/**
 * The event a form describes, with instants read on the custodian's wall clock. Only the shape is built
 * here; the SDK parses it and says what is wrong.
 */
export function buildEvent(
  type: DetainerEventType,
  values: EventFormValues,
  timeZone: string,
  /** The form errors' words, in the UI's language (`t.formErrors`; English by default). */
  words: Messages['formErrors'] = en.formErrors,
): BuiltEvent {
  const at = fromDatetimeLocal(values.at, timeZone);
  if (at === null) return { ok: false, message: words.when };
  switch (type) {
    case 'DETAINER_LODGED': {
      const issuedAt = values.issuedAt ? fromDatetimeLocal(values.issuedAt, timeZone) : null;
      if (values.issuedAt && issuedAt === null) return { ok: false, message: words.issuedAt };
      return {
        ok: true,
        event: {
          type,
          at,
          detainer: {
            form: values.form,
            ...(issuedAt ? { issuedAt } : {}),
            requests: { notice: values.requestNotice, hold: values.requestHold },
            basis: values.basis,
            warrant: values.warrant,
            ...(values.neutralReview ? { neutralReview: true } : {}),
            issuer: values.issuer,
          },
        },
      };
    }
    case 'RELEASE_SCHEDULED': {
      const releaseAt = fromDatetimeLocal(values.releaseAt, timeZone);
      if (releaseAt === null) return { ok: false, message: words.releaseAt };
      return { ok: true, event: { type, at, releaseAt } };
    }
    case 'RELEASE_ELIGIBLE':
      return { ok: true, event: { type, at, reason: values.releaseReason, dhsPresent: values.dhsPresent } };
    case 'DETAINER_LIFTED':
      return { ok: true, event: { type, at, reason: values.liftReason } };
    case 'CUSTODIAN_REQUESTS_DELAY':
      return { ok: true, event: { type, at, reason: values.delayReason } };
    case 'CUSTODY_MOVED':
      return {
        ok: true,
        event: {
          type,
          at,
          custodian: {
            id: values.custodianId.trim(),
            name: values.custodianName.trim(),
            kind: values.custodianKind,
            timeZone: values.custodianTimeZone,
          },
          policy: getPolicyPreset(values.policyPreset),
          basis: values.moveBasis,
        },
      };
    case 'PROOF_OF_STATUS':
      return { ok: true, event: { type, at, proof: values.proof } };
    case 'ACCESS_REQUESTED':
      // The facts only when given, so a plain request stays the event it always was.
      return {
        ok: true,
        event: {
          type,
          at,
          ...(values.accessArea ? { area: values.accessArea } : {}),
          ...(values.judicialWarrant ? { judicialWarrant: true } : {}),
          ...(values.writtenConsent ? { writtenConsent: true } : {}),
        },
      };
    case 'PERSON_INFORMED':
      return { ok: true, event: { type, at, duty: values.duty } };
    case 'TRANSFERRED_BEFORE_RELEASE':
      return { ok: true, event: { type, at, basis: values.earlyTransferBasis } };
    default:
      return { ok: true, event: { type, at } };
  }
}
