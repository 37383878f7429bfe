import { type Lesson, MODEL_INFO, textOf } from '@detainer-kit/sdk';
import { Citations } from '../components/Citations';
import { useLang, useT } from '../i18n/store';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * The printable handout of a lesson (shown only in print): its narrative, its questions with their choices and
 * no answers, its try-it prompts, and every source it cites.
 */
export function Handout({ lesson }: { readonly lesson: Lesson }) {
  const t = useT();
  const lang = useLang();
  const sources = [
    ...new Set(
      lesson.sections.flatMap((s) =>
        s.kind === 'narrative'
          ? s.paragraphs.flatMap((p) => p.citations)
          : s.kind === 'predict' || s.kind === 'try-it'
            ? s.explanation.citations
            : [],
      ),
    ),
  ];
  let question = 0;
  return (
    <article className="handout" data-testid="handout">
      <h1>{lesson.title}</h1>
      <p className="handout-summary">{lesson.summary}</p>
      {lesson.sections.map((s) => {
        switch (s.kind) {
          case 'narrative':
            return (
              <section key={s.id}>
                {s.title ? <h2>{s.title}</h2> : null}
                {s.paragraphs.map((p) => (
                  <p key={p.text}>
                    {p.text} <span className="cite-mark">[{p.citations.join('], [')}]</span>
                  </p>
                ))}
              </section>
            );
          case 'play-until':
            return s.text ? (
              <p key={s.id} className="handout-play">
                {s.text}
              </p>
            ) : null;
          case 'predict':
            question += 1;
            return (
              <section key={s.id} className="handout-question">
                <h2>
                  {t.question} {question}
                </h2>
                <p>{s.question}</p>
                <ol className="handout-choices">
                  {s.choices.map((c, i) => (
                    <li key={c.id}>
                      ☐ {LETTERS[i]}. {c.text}
                    </li>
                  ))}
                </ol>
              </section>
            );
          case 'try-it':
            return (
              <section key={s.id} className="handout-try">
                <h2>{t.tryInSimulator}</h2>
                <p>{s.prompt}</p>
              </section>
            );
        }
        return null;
      })}
      <section className="handout-sources">
        <Citations ids={sources} />
      </section>
      <p className="handout-footer">
        {textOf('model.disclaimer', lang)} {t.lawAsOf} {MODEL_INFO.lawAsOf}. {t.lessonFooter(lesson.id)}
      </p>
    </article>
  );
}
