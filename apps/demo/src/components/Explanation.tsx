import type { DetainerCase, GraphNode, TimelineEntry } from '@detainer-kit/sdk';
import { formatShort } from '../model/format';
import { Citations } from './Citations';
import { Panel } from './Panel';

interface Props {
  readonly node: GraphNode | null;
  readonly selected: boolean;
  readonly onClearSelection: () => void;
  /** The entries of the last step: the event's transition and any eventless ones it set off. */
  readonly last: readonly TimelineEntry[];
  readonly current: DetainerCase;
}

/** Why: the state, the last transition, the custodian's decision and the outcome, each with its sources. */
export function Explanation({ node, selected, onClearSelection, last, current }: Props) {
  const { context } = current;
  const tz = context.custodian.timeZone;
  return (
    <Panel id="why" headingId="why-h" title="Why" className="explain-panel" live summary={node?.title}>
      {node ? (
        <article>
          <h3>
            {selected ? 'Selected state' : 'Current state'}: {node.title}
          </h3>
          <p>{node.explanation}</p>
          <Citations ids={node.citations} />
          {selected ? (
            <button type="button" className="link" onClick={onClearSelection}>
              Back to the current state
            </button>
          ) : null}
        </article>
      ) : null}
      {last.length > 0 ? (
        last.map((entry, i) => (
          <article key={entry.seq}>
            <h3>
              {i === 0 ? 'Last transition' : 'Then, at once'}: {i === 0 ? <code>{entry.event.type}</code> : null}{' '}
              {i === 0 ? <span className="muted small">({formatShort(entry.at, tz)})</span> : null}
            </h3>
            <p>
              <strong>{entry.description}</strong> {entry.explanation}
            </p>
            <Citations ids={entry.citations} />
          </article>
        ))
      ) : (
        <p className="muted">No event yet: the person has just been booked.</p>
      )}
      {current.outcome ? (
        <article className="outcome">
          <h3>Outcome</h3>
          <p>{current.outcome.text}</p>
          <Citations ids={current.outcome.citations} />
        </article>
      ) : null}
      {context.decision ? (
        <details className="decision">
          <summary>
            <strong>The custodian’s decision on this detainer:</strong> {context.decision.holdReason.text}
          </summary>
          <ul className="reasons">
            {context.decision.reasons.map((r) => (
              <li key={`${r.layer}:${r.code}`}>
                <span className="badge">{r.layer}</span> {r.text}
                <Citations ids={r.citations} label="Source" />
              </li>
            ))}
          </ul>
          {context.hold ? (
            <p className="small">
              Hold counted: {context.hold.countingRule.text}
              {context.hold.countingRule.unverified ? (
                <span className="badge status-unverified">unverified</span>
              ) : null}
            </p>
          ) : null}
        </details>
      ) : null}
    </Panel>
  );
}
