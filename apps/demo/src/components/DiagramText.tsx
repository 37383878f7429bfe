import type { MachineGraph } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { stateList } from '../model/diagram-view';

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
  const t = useT();
  const lang = useLang();
  const items = stateList(graph, activeState, taken);
  return (
    <details className="diagram-text">
      <summary>{t.statechartAsText(graph.nodes.length, graph.edges.length)}</summary>
      <ul>
        {items.map((item) => (
          <li
            key={item.node.id}
            className={`depth-${item.depth}${item.current ? ' current' : ''}`}
            aria-current={item.current ? 'step' : undefined}
          >
            <button type="button" className="link" onClick={() => onSelectState(item.node.id)} lang={englishOnly(lang)}>
              {item.node.title}
            </button>
            {item.current ? <strong>{t.currentStateMark}</strong> : item.active ? <span>{t.activeMark}</span> : null}
            <span className="muted">
              {' '}
              — {item.node.type}
              {item.node.initial ? t.initialMark : ''}. <span lang={englishOnly(lang)}>{item.node.description}</span>
            </span>
            {item.transitions.length > 0 ? (
              <ul>
                {item.transitions.map(({ edge, targetTitle, justTaken }) => (
                  <li key={edge.id}>
                    <code>{edge.event}</code>
                    {edge.event in t.eventLabels ? ` (${t.eventLabels[edge.event as keyof typeof t.eventLabels]})` : ''}
                    {edge.guard ? `${t.ifGuard}${edge.guard}` : ''} →{' '}
                    <span lang={englishOnly(lang)}>{targetTitle}</span>
                    {targetTitle ? '' : t.staysInternal}: <span lang={englishOnly(lang)}>{edge.description}</span>
                    {justTaken ? <strong>{t.justTaken}</strong> : null}
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
