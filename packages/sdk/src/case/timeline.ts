import {
  type CitationId,
  type DetainerCaseContext,
  type DetainerSnapshot,
  type EndedHoldRecord,
  formatLocal,
  HOLD_END_TEXT,
} from '@detainer-kit/core';
import type { AnyTransitionDefinition, StateValue } from 'xstate';
import { type GraphEdge, getMachineGraph, stateNodeId } from '../diagram/index.js';
import type { DetainerStatePath, TimelineEntry, TimelineEvent } from './types.js';

/** Dotted path of the active leaf of a (non-parallel) state value, e.g. `'inCriminalCustody.noDetainer'`. */
export function valuePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return child === undefined ? key : `${key}.${valuePath(child)}`;
}

let edges: ReadonlyMap<string, GraphEdge> | undefined;

function edgeById(id: string): GraphEdge {
  edges ??= new Map(getMachineGraph().edges.map((e) => [e.id, e] as const));
  const edge = edges.get(id);
  if (!edge) throw new Error(`detainer case: transition "${id}" is not in the machine graph`);
  return edge;
}

/** The id of a transition in the machine graph (`source:event:index`), as `getMachineGraph` numbers them. */
export function edgeIdOf(transition: AnyTransitionDefinition): string {
  const source = transition.source;
  const event = transition.eventType === '' ? 'always' : transition.eventType;
  const list: readonly AnyTransitionDefinition[] =
    event === 'always' ? (source.always ?? []) : (source.transitions.get(transition.eventType) ?? []);
  return `${stateNodeId(source)}:${event}:${list.indexOf(transition)}`;
}

/** Hours as a sentence reads them: `24 h`, `30 h 30 min`. */
function hoursText(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** One ended hold in words: which hold, where, from when to when, its hours and how it ended [cfr-287.7-d]. */
export function endedHoldText(hold: EndedHoldRecord, number: number, tz: string): string {
  return `Hold ${number} (${hold.custodianName}) ran ${hoursText(hold.hours)}, from ${formatLocal(hold.startedAt, tz)} to ${formatLocal(hold.endedAt, tz)} (its deadline was ${formatLocal(hold.deadline, tz)}): ${HOLD_END_TEXT[hold.endedBy]}.`;
}

export function uniqueCitations(...lists: readonly (readonly CitationId[])[]): CitationId[] {
  return [...new Set(lists.flat())];
}

/**
 * What a timeline entry keeps besides its public fields: the step it belongs to and the parts of the context
 * after it that the explanation reads. Only those parts: keeping the whole context per entry would keep every
 * copy of its growing lists (access requests, …), memory quadratic in the number of events.
 */
export interface EntryDetail {
  /** Index of the sent event in the case's `events`, or `-1` for the hold clock. */
  readonly step: number;
  readonly context: Pick<DetainerCaseContext, 'decision' | 'hold'>;
}

/**
 * Builds the timeline entry for one microstep. A pass through `deciding` gets the decision's decisive
 * reasons and every reason's sources; the start of a hold gets its deadline and counting rule.
 */
export function buildEntry(input: {
  readonly seq: number;
  readonly event: TimelineEvent;
  readonly from: DetainerStatePath;
  readonly transition: AnyTransitionDefinition;
  readonly after: DetainerSnapshot;
}): TimelineEntry {
  const { after } = input;
  const edge = edgeById(edgeIdOf(input.transition));
  const context = after.context;
  let explanation = edge.explanation;
  let citations = [...edge.citations];
  const decision = context.decision;
  if (edge.event === 'always' && decision) {
    const decisive =
      decision.holdReason === decision.noticeReason
        ? [decision.holdReason]
        : [decision.holdReason, decision.noticeReason];
    explanation = [explanation, ...decisive.map((r) => r.text)].join(' ');
    citations = uniqueCitations(citations, ...decision.reasons.map((r) => r.citations));
  }
  const to = valuePath(after.value) as DetainerStatePath;
  if (to === 'holding' && input.from !== 'holding' && context.hold) {
    const rule = context.hold.countingRule;
    explanation = `${explanation} The hold must end by ${formatLocal(context.hold.deadline, context.hold.timeZone)}. ${rule.text}`;
    citations = uniqueCitations(citations, rule.citations);
  }
  // A hold that ended with this step (at an outcome, or by a move on a new criminal charge): its record and hours.
  const ended = input.from === 'holding' && to !== 'holding' ? context.holdHistory.at(-1) : undefined;
  if (ended) {
    explanation = `${explanation} ${endedHoldText(ended, context.holdHistory.length, context.custodian.timeZone)}`;
    citations = uniqueCitations(citations, ['cfr-287.7-d']);
  }
  return {
    seq: input.seq,
    at: context.lastEventAt,
    event: input.event,
    from: input.from,
    to,
    edge: edge.id,
    description: edge.description,
    citations,
    explanation,
    outcome: after.status === 'done' ? context.outcome : null,
  };
}
