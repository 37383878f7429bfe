/**
 * What the teaching view shows for the current case: which node is current, which arrows were just taken and
 * which arrows can be clicked now (with the reason when not). Reads the SDK's availability; decides nothing.
 */
import type { EventAvailability } from '@detainer-kit/sdk';
import { statePath } from './diagram-view';

/** The event sent by the hold clock itself: its arrow jumps to the deadline instead of sending an event. */
export const CLOCK_EVENT = 'HOLD_DEADLINE_REACHED';

/** The minimal view of a teaching arrow this module needs. */
export interface TeachingArrow {
  readonly event: string;
  readonly eventSources: readonly string[];
  readonly edgeIds: readonly string[];
}

export type ArrowStatus = { readonly available: true } | { readonly available: false; readonly why: string };

/**
 * Whether clicking an arrow can send its event now: the case must be in one of the states the event leaves
 * from, and the SDK must allow the event (its reason is passed on when it does not). The hold clock's arrow
 * is available while the hold runs.
 */
export function arrowStatus(
  arrow: TeachingArrow,
  activeState: string,
  availability: readonly EventAvailability[],
  titleOf: (stateId: string) => string,
): ArrowStatus {
  const path = new Set(statePath(activeState));
  if (!arrow.eventSources.some((s) => path.has(s))) {
    const from = [...new Set(arrow.eventSources.map(titleOf))].map((t) => `“${t}”`).join(' or ');
    return { available: false, why: `Only from ${from}; the case is in “${titleOf(activeState)}”.` };
  }
  if (arrow.event === CLOCK_EVENT) return { available: true };
  const a = availability.find((x) => x.type === arrow.event);
  if (!a) return { available: false, why: `${arrow.event} is not an event this case accepts.` };
  return a.allowed ? { available: true } : { available: false, why: a.why ?? 'Not possible now.' };
}

/** True when the arrow draws one of the machine edges just taken. */
export function arrowTaken(arrow: TeachingArrow, taken: ReadonlySet<string>): boolean {
  return arrow.edgeIds.some((id) => taken.has(id));
}

/**
 * The event of the machine transition an arrow was taken by, or `null`. One drawn arrow can carry transitions of
 * several events (e.g. a transfer before release eligibility drawn with the transfer at release); the renderer
 * names the event that happened, not only the arrow's first. Machine edge ids are `source:EVENT:index`.
 */
export function takenEventOf(arrow: TeachingArrow, taken: ReadonlySet<string>): string | null {
  const id = arrow.edgeIds.find((edgeId) => taken.has(edgeId));
  if (id === undefined) return null;
  const parts = id.split(':');
  return parts.length >= 3 ? (parts[parts.length - 2] ?? null) : null;
}
