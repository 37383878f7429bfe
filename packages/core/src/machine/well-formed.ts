import type { z } from 'zod';
import { DetainerSchema } from '../detainer/detainer.js';
import { CustodianSchema } from '../detainer/subject.js';
import {
  AccessAreaSchema,
  DelayReasonSchema,
  EarlyTransferBasisSchema,
  LiftReasonSchema,
  PersonDutySchema,
  ReleaseReasonSchema,
} from '../detainer/vocabulary.js';
import { JurisdictionPolicySchema } from '../policy/schema.js';
import { CustodyMoveBasisSchema, ShownProofOfStatusSchema } from './events.js';

const RELEASE_REASONS: ReadonlySet<string> = new Set(ReleaseReasonSchema.options);
const LIFT_REASONS: ReadonlySet<string> = new Set(LiftReasonSchema.options);
const DELAY_REASONS: ReadonlySet<string> = new Set(DelayReasonSchema.options);
const MOVE_BASES: ReadonlySet<string> = new Set(CustodyMoveBasisSchema.options);
const PROOFS: ReadonlySet<string> = new Set(ShownProofOfStatusSchema.options);
const ACCESS_AREAS: ReadonlySet<string> = new Set(AccessAreaSchema.options);
const DUTIES: ReadonlySet<string> = new Set(PersonDutySchema.options);
const EARLY_TRANSFER_BASES: ReadonlySet<string> = new Set(EarlyTransferBasisSchema.options);

/** An optional field: left out, or of the given kind. */
function optional(value: unknown, test: (v: unknown) => boolean): boolean {
  return value === undefined || test(value);
}
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';

/**
 * The name of the machine's guard on otherwise unguarded event transitions: the event is well formed (see
 * {@link isWellFormedEvent}). Not a rule of the model, so diagrams draw such transitions unguarded.
 */
export const WELL_FORMED_GUARD = 'wellFormed';

/** The normalized form the parser gives an instant (`2024-03-07T22:00:00.000Z`); years beyond 9999 carry a sign. */
const NORMALIZED_INSTANT = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A normalized instant, as the parser gives it; checked without allocating (it runs on every event). */
function isInstant(value: unknown): boolean {
  return typeof value === 'string' && NORMALIZED_INSTANT.test(value) && Number.isFinite(Date.parse(value));
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

/**
 * Objects already checked, by identity. Payload objects are immutable once sent (snapshots share them), and a
 * simulation sends the same few detainers, custodians and policies to every case, so each is parsed once.
 */
const parsedObjects = new WeakMap<object, z.ZodType>();

/** True when `value` is exactly what parsing it with `schema` gives (defaults filled in, nothing else). */
function isParsed(schema: z.ZodType, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (parsedObjects.get(value) === schema) return true;
  const result = schema.safeParse(value);
  if (!result.success || !sameData(result.data, value)) return false;
  parsedObjects.set(value, schema);
  return true;
}

/**
 * True when an event has the shape the parser (`parseDetainerEvent`) gives: what the machine's guards require
 * before any transition is taken, so an event sent raw with `actor.send` that bypassed the parser (a bad
 * reason, a missing instant, an unparsed detainer) is ignored instead of putting the actor in `error`. Parsed
 * events always pass. The clock's own `HOLD_DEADLINE_REACHED` has no payload.
 * @internal
 */
export function isWellFormedEvent(event: { readonly type: string }): boolean {
  const e = event as Record<string, unknown>;
  switch (event.type) {
    case 'HOLD_DEADLINE_REACHED':
      return true;
    case 'DETAINER_LODGED':
      return isInstant(e.at) && isParsed(DetainerSchema, e.detainer);
    case 'RELEASE_SCHEDULED':
      return isInstant(e.at) && isInstant(e.releaseAt);
    case 'RELEASE_ELIGIBLE':
      return isInstant(e.at) && RELEASE_REASONS.has(e.reason as string) && typeof e.dhsPresent === 'boolean';
    case 'DETAINER_LIFTED':
      return isInstant(e.at) && LIFT_REASONS.has(e.reason as string);
    case 'CUSTODIAN_REQUESTS_DELAY':
      return isInstant(e.at) && DELAY_REASONS.has(e.reason as string);
    case 'ACCESS_REQUESTED':
      return (
        isInstant(e.at) &&
        optional(e.area, (v) => ACCESS_AREAS.has(v as string)) &&
        optional(e.judicialWarrant, isBoolean) &&
        optional(e.writtenConsent, isBoolean)
      );
    case 'PERSON_INFORMED':
      return isInstant(e.at) && DUTIES.has(e.duty as string);
    case 'TRANSFERRED_BEFORE_RELEASE':
      return isInstant(e.at) && EARLY_TRANSFER_BASES.has(e.basis as string);
    case 'CUSTODY_MOVED':
      return (
        isInstant(e.at) &&
        MOVE_BASES.has(e.basis as string) &&
        isParsed(CustodianSchema, e.custodian) &&
        isParsed(JurisdictionPolicySchema, e.policy)
      );
    case 'PROOF_OF_STATUS':
      return isInstant(e.at) && PROOFS.has(e.proof as string);
    default:
      return isInstant(e.at);
  }
}
