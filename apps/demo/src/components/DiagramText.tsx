import type { MachineGraph } from '@detainer-kit/sdk';
import { stateList } from '../model/diagram-view';
import { EVENT_LABELS } from '../model/event-forms';

/** The chart as a nested list: every state and transition, the current state marked (text equivalent). */
export function DiagramText({
  graph,
  activeState,
  taken,
  onSelectState,
}: {
  readonly graph: MachineGraph;
  readonly activeState: string;
  readonly taken: ReadonlySet<string>;
  readonly onSelectState: (id: string) => void;
}) {
  const items = stateList(graph, activeState, taken);
  return (
    <details className="diagram-text">
      <summary>
        Statechart as text ({graph.nodes.length} states, {graph.edges.length} transitions)
      </summary>
      <ul>
        {items.map((item) => (
          <li
            key={item.node.id}
            className={`depth-${item.depth}${item.current ? ' current' : ''}`}
            aria-current={item.current ? 'step' : undefined}
          >
            <button type="button" className="link" onClick={() => onSelectState(item.node.id)}>
              {item.node.title}
            </button>
            {item.current ? <strong> (current state)</strong> : item.active ? <span> (active)</span> : null}
            <span className="muted">
              {' '}
              — {item.node.type}
              {item.node.initial ? ', initial' : ''}. {item.node.description}
            </span>
            {item.transitions.length > 0 ? (
              <ul>
                {item.transitions.map(({ edge, targetTitle, justTaken }) => (
                  <li key={edge.id}>
                    <code>{edge.event}</code>
                    {edge.event in EVENT_LABELS ? ` (${EVENT_LABELS[edge.event as keyof typeof EVENT_LABELS]})` : ''}
                    {edge.guard ? ` if ${edge.guard}` : ''} → {targetTitle ?? 'stays (internal)'}: {edge.description}
                    {justTaken ? <strong> (just taken)</strong> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
