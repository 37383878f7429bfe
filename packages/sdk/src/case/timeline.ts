import { type CitationId, type DetainerCaseContext, type DetainerSnapshot, formatLocal } from '@detainer-kit/core';
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
