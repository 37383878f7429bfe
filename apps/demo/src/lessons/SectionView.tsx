import {
  type Lesson,
  type LessonCheck,
  type LessonEvaluation,
  type LessonSection,
  outcomeText,
  type PredictSection,
  type ScenarioRun,
} from '@detainer-kit/sdk';
import { useEffect, useRef } from 'react';
import { Citations } from '../components/Citations';
import { useLang, useT } from '../i18n/store';
import { formatInstant } from '../model/format';
import { changeText, measureText } from './lesson-format';
import { checkpointIndexes } from './lesson-progress';
import { REVEALED } from './lesson-route';

const LETTERS = ['A', 'B', 'C', 'D'];

interface Props {
  readonly lesson: Lesson;
  readonly index: number;
  readonly section: LessonSection;
  /** At a checkpoint: the pick made (a choice id, or `_` for a teacher's reveal), or null. */
  readonly pick: string | null;
  /** The SDK's check of this section against the model (checkpoints and try-its). */
  readonly check: LessonCheck | null;
  readonly presenter: boolean;
  readonly timeZone: string;
  readonly now: string;
  readonly stateTitle: string;
  readonly tryItApplied: boolean;
  readonly onChoose: (choiceId: string) => void;
  readonly onTryIt: (on: boolean) => void;
}

/** One section of a lesson: narrative, a play-until, a checkpoint (answer hidden until chosen) or a try-it. */
export function SectionView(props: Props) {
  const { section, presenter, timeZone } = props;
  const t = useT();
  const lang = useLang();
  switch (section.kind) {
    case 'narrative':
      return (
        <div className="lesson-section kind-narrative">
          <h2 id="lesson-section-h">{section.title ?? t.read}</h2>
          {section.paragraphs.map((p) => (
            <p key={p.text} className="lesson-paragraph">
              {p.text}{' '}
              {p.citations.map((id) => (
                <span key={id} className="cite-mark">
                  [{id}]
                </span>
              ))}
            </p>
          ))}
          {presenter ? null : <Citations ids={[...new Set(section.paragraphs.flatMap((p) => p.citations))]} />}
        </div>
      );
    case 'play-until':
      return (
        <div className="lesson-section kind-play">
          <h2 id="lesson-section-h">{t.caseMovesOn}</h2>
          {section.text ? <p className="lesson-paragraph">{section.text}</p> : null}
          <p className="lesson-now" data-testid="lesson-now">
            {t.now} <time dateTime={props.now}>{formatInstant(props.now, timeZone)}</time> ·{' '}
            <span lang={lang === 'en' ? undefined : 'en'}>{props.stateTitle}</span>
          </p>
        </div>
      );
    case 'predict':
      return <Checkpoint {...props} section={section} />;
    case 'try-it': {
      const change = changeText(section.change, t);
      return (
        <div className="lesson-section kind-try" data-testid="try-it">
          <h2 id="lesson-section-h">{t.tryIt}</h2>
          <p className="lesson-paragraph">{section.prompt}</p>
          <p className="lesson-change">
            {t.change} <strong>{change.field}</strong> {t.to} <strong>{change.value}</strong>
            {t.thenWatch} {t.measureWords[section.observe.measure]}.
          </p>
          <button
            type="button"
            className={props.tryItApplied ? '' : 'primary'}
            aria-pressed={props.tryItApplied}
            onClick={() => props.onTryIt(!props.tryItApplied)}
            data-testid="try-it-toggle"
          >
            {props.tryItApplied ? t.undoChange : t.setAndReplay(change.field, change.value)}
          </button>
          {props.tryItApplied ? (
            <div className="lesson-reveal" role="status" data-testid="try-it-result">
              <p>
                {t.withTheChange} {t.measureWords[section.observe.measure]}:{' '}
                <strong>{measureText(section.observe.measure, props.check?.actual ?? null, timeZone, t, lang)}</strong>.
              </p>
              <p className="lesson-paragraph">{section.explanation.text}</p>
              <Citations ids={section.explanation.citations} />
            </div>
          ) : null}
        </div>
      );
    }
  }
}

/** A checkpoint: its choices, then, once one is chosen (or the presenter reveals it), the answer and its sources. */
function Checkpoint(props: Props & { readonly section: PredictSection }) {
  const { section, presenter, timeZone } = props;
  const revealRef = useRef<HTMLDivElement>(null);
  const revealedAtStart = useRef(props.pick !== null);
  // The chosen button disappears with the reveal: focus goes to the reveal, not to the page's body.
  useEffect(() => {
    if (props.pick !== null && !revealedAtStart.current) revealRef.current?.focus();
  }, [props.pick]);
  const t = useT();
  const lang = useLang();
  const revealed = props.pick !== null;
  const chosen = section.choices.find((c) => c.id === props.pick) ?? null;
  const modelChoice = section.choices.find((c) => c.id === props.check?.modelChoice) ?? null;
  return (
    <div className="lesson-section kind-predict" data-testid="checkpoint" data-revealed={revealed}>
      <h2 id="lesson-section-h">{t.predict}</h2>
      <p className="lesson-question" data-testid="checkpoint-question">
        {section.question}
      </p>
      <ol className="lesson-choices" aria-label={t.choices}>
        {section.choices.map((choice, i) => {
          const state = !revealed
            ? ''
            : choice.id === modelChoice?.id
              ? 'is-answer'
              : choice.id === chosen?.id
                ? 'is-chosen'
                : 'is-other';
          return (
            <li key={choice.id} className={state}>
              {presenter || revealed ? (
                <span className="choice" data-testid={`choice-${choice.id}`}>
                  <span className="choice-letter">{LETTERS[i]}</span> {choice.text}
                  {revealed && choice.id === modelChoice?.id ? (
                    <span className="badge choice-tag">{t.modelsAnswer}</span>
                  ) : null}
                  {revealed && choice.id === chosen?.id ? (
                    <span className="badge choice-tag">{t.yourChoice}</span>
                  ) : null}
                </span>
              ) : (
                <button
                  type="button"
                  className="choice"
                  onClick={() => props.onChoose(choice.id)}
                  data-testid={`choice-${choice.id}`}
                >
                  <span className="choice-letter">{LETTERS[i]}</span> {choice.text}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {revealed ? (
        <div ref={revealRef} tabIndex={-1} className="lesson-reveal" role="status" data-testid="checkpoint-reveal">
          {props.pick === REVEALED ? (
            <p>{t.revealedByPresenter}</p>
          ) : (
            <p data-testid="checkpoint-verdict">
              {t.youChose} {LETTERS[section.choices.findIndex((c) => c.id === chosen?.id)]}: “{chosen?.text}”.{' '}
              {chosen?.id === modelChoice?.id ? (
                <strong className="verdict-right">{t.modelAgrees}</strong>
              ) : (
                <strong className="verdict-other">{t.modelDisagrees}</strong>
              )}
            </p>
          )}
          <p>
            <strong>{t.theAnswer}</strong> {modelChoice ? `“${modelChoice.text}”` : t.noneOfTheChoices} (
            {t.measureWords[section.ask]}: {measureText(section.ask, props.check?.actual ?? null, timeZone, t, lang)}).
          </p>
          <p className="lesson-paragraph">{section.explanation.text}</p>
          <Citations ids={section.explanation.citations} />
        </div>
      ) : presenter ? null : (
        <p className="lesson-hint">{t.chooseHint}</p>
      )}
    </div>
  );
}

/** The end of a lesson: each question, the student's choice and the model's answer, and the case's outcome. */
export function LessonEnd({
  lesson,
  evaluation,
  picks,
  timeZone,
  run,
}: {
  readonly lesson: Lesson;
  readonly evaluation: LessonEvaluation;
  readonly picks: readonly (string | null)[];
  readonly timeZone: string;
  readonly run: ScenarioRun;
}) {
  const t = useT();
  const lang = useLang();
  const indexes = checkpointIndexes(lesson);
  const right = indexes.filter((i, n) => {
    const check = evaluation.checks.find((c) => c.sectionIndex === i);
    return picks[n] !== REVEALED && picks[n] === check?.modelChoice;
  }).length;
  const chose = picks.filter((p) => p !== null && p !== REVEALED).length;
  return (
    <div className="lesson-section kind-end" data-testid="lesson-end">
      <h2 id="lesson-section-h">{t.lessonComplete}</h2>
      {chose > 0 ? <p data-testid="lesson-score">{t.score(right, indexes.length)}</p> : null}
      <ol className="lesson-summary">
        {indexes.map((i, n) => {
          const section = lesson.sections[i];
          if (section?.kind !== 'predict') return null;
          const check = evaluation.checks.find((c) => c.sectionIndex === i);
          const pick = section.choices.find((c) => c.id === picks[n]);
          const answer = section.choices.find((c) => c.id === check?.modelChoice);
          return (
            <li key={section.id}>
              <p>{section.question}</p>
              <p>
                {pick ? t.youChoseQuoted(pick.text) : ''}
                {t.theModel} “{answer?.text ?? t.noneOfTheChoices}”.
              </p>
            </li>
          );
        })}
      </ol>
      {run.outcome ? (
        <p>
          <strong>{t.howItEnded}</strong> {lang === 'en' ? run.outcome.text : outcomeText(run.outcome, lang)} (
          {formatInstant(run.outcome.at, timeZone)})
        </p>
      ) : null}
      <p>
        <a href="#lessons">{t.chooseAnotherLesson}</a> · <a href="#simulator">{t.openSimulator}</a>
      </p>
    </div>
  );
}
