import {
  accessText,
  caseDutyToIssue,
  countingRuleText,
  type DetainerCase,
  decisionReasonText,
  dutyText,
  type GraphNode,
  outcomeText,
  type TimelineEntry,
} from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { formatInstant, formatShort } from '../model/format';
import { edgeIn, nodeIn } from '../model/machine-text';
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
  const when = (i: string) => formatInstant(i, tz);
  const dutyToIssue = caseDutyToIssue(context);
  const conditionalAccess = context.accessRequests.filter(
    (r) => r.reason !== 'local-access-allowed' && r.reason !== 'local-access-refused',
  );
  const t = useT();
  const lang = useLang();
  // The machine's own titles and explanations, read by key in the page's language (the SDK's graph).
  const state = node ? nodeIn(node, lang) : null;
  const form = context.detainer?.form;
  return (
    <Panel id="why" headingId="why-h" title={t.why} className="explain-panel" live summary={state?.title}>
      {state ? (
        <article>
          <h3>
            {selected ? t.selectedState : t.currentState}: <span>{state.title}</span>
          </h3>
          <p>{state.explanation}</p>
          <Citations ids={state.citations} />
          {selected ? (
            <button type="button" className="link" onClick={onClearSelection}>
              {t.backToCurrentState}
            </button>
          ) : null}
        </article>
      ) : null}
      {last.length > 0 ? (
        last.map((entry, i) => (
          <article key={entry.seq}>
            <h3>
              {i === 0 ? t.lastTransition : t.thenAtOnce}: {i === 0 ? <code>{entry.event.type}</code> : null}{' '}
              {i === 0 ? <span className="muted small">({formatShort(entry.at, tz)})</span> : null}
            </h3>
            <StepText entry={entry} lang={lang} />
            <Citations ids={entry.citations} />
          </article>
        ))
      ) : (
        <p className="muted">{t.noEventYet}</p>
      )}
      {current.outcome ? (
        <article className="outcome">
          <h3>{t.outcome}</h3>
          <p data-testid="outcome-text">{lang === 'en' ? current.outcome.text : outcomeText(current.outcome, lang)}</p>
          <Citations ids={current.outcome.citations} />
        </article>
      ) : null}
      {dutyToIssue ? (
        <article className="duty-to-issue">
          <h3>{t.dutyToIssueTitle}</h3>
          <p lang={englishOnly(lang)}>{dutyToIssue.text}</p>
          <Citations ids={dutyToIssue.citations} />
        </article>
      ) : null}
      {context.duties.length > 0 ? (
        <article className="duties">
          <h3>{t.dutiesTitle}</h3>
          <ul>
            {context.duties.map((d) => (
              <li key={`${d.duty}-${d.dueSince}`}>
                <span className={`badge duty-${d.status}`}>{t.dutyStatus[d.status] ?? d.status}</span>{' '}
                <span lang={englishOnly(lang)}>{dutyText(d, when)}</span>
                <Citations ids={d.citations} label={t.source} />
              </li>
            ))}
          </ul>
        </article>
      ) : null}
      {conditionalAccess.length > 0 ? (
        <article className="access">
          <h3>{t.accessRequestsTitle}</h3>
          <ul>
            {conditionalAccess.map((r) => (
              <li key={r.at}>
                <span lang={englishOnly(lang)}>{accessText(r, when)}</span>
                <Citations ids={r.citations} label={t.source} />
              </li>
            ))}
          </ul>
        </article>
      ) : null}
      {context.decision ? (
        <details className="decision">
          <summary>
            <strong>{t.custodianDecision}</strong> {decisionReasonText(context.decision.holdReason, lang)}
          </summary>
          <ul className="reasons">
            {context.decision.reasons.map((r) => (
              <li key={`${r.layer}:${r.code}`}>
                <span className="badge">{r.layer}</span> {decisionReasonText(r, lang)}
                <Citations ids={r.citations} label={t.source} />
              </li>
            ))}
          </ul>
          {context.hold ? (
            <p className="small">
              {t.holdCounted}{' '}
              {lang === 'en' || !form
                ? context.hold.countingRule.text
                : countingRuleText(context.hold.countingRule, form, lang)}
              {context.hold.countingRule.unverified ? (
                <span className="badge status-unverified">{t.unverified}</span>
              ) : null}
            </p>
          ) : null}
        </details>
      ) : null}
    </Panel>
  );
}

/**
 * A step's description and explanation in the page's language, read by its transition's key. What the timeline
 * added to the machine's own explanation (the deadline, the decisive reasons, an ended hold) is English for now,
 * and marked so.
 */
function StepText({ entry, lang }: { readonly entry: TimelineEntry; readonly lang: ReturnType<typeof useLang> }) {
  const edge = lang === 'en' ? undefined : edgeIn(entry.edge, lang);
  const english = edge ? edgeIn(entry.edge, 'en') : undefined;
  if (!edge || !english || !entry.explanation.startsWith(english.explanation)) {
    return (
      <p lang={edge ? englishOnly(lang) : undefined}>
        <strong>{entry.description}</strong> {entry.explanation}
      </p>
    );
  }
  const added = entry.explanation.slice(english.explanation.length).trim();
  return (
    <p>
      <strong>{edge.description}</strong> {edge.explanation}
      {added ? (
        <>
          {' '}
          <span lang={englishOnly(lang)}>{added}</span>
        </>
      ) : null}
    </p>
  );
}
