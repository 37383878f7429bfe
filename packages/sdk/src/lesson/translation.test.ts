import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateLesson } from './evaluate.js';
import { getLesson, LESSON_LIBRARY, listLessonIds } from './library.js';
import { getLessonIn, LESSON_LIBRARY_ES } from './library-es.js';
import { parseLesson } from './parse.js';
import type { Lesson, LessonSection } from './schema.js';

const dir = new URL('../../lessons/es/', import.meta.url);

/** What a translation must keep from its source: everything but the words (kinds, ids, answers, values, sources). */
function skeleton(section: LessonSection): unknown {
  switch (section.kind) {
    case 'narrative':
      return {
        kind: section.kind,
        id: section.id,
        titled: section.title !== undefined,
        paragraphs: section.paragraphs.map((p) => p.citations),
      };
    case 'play-until':
      return { kind: section.kind, id: section.id, until: section.until, text: section.text !== undefined };
    case 'predict':
      return {
        kind: section.kind,
        id: section.id,
        ask: section.ask,
        choices: section.choices.map((c) => [c.id, c.value]),
        answer: section.answer,
        citations: section.explanation.citations,
      };
    case 'try-it':
      return {
        kind: section.kind,
        id: section.id,
        change: section.change,
        observe: section.observe,
        citations: section.explanation.citations,
      };
  }
}

/** Every text a student reads in a lesson. */
function words(lesson: Lesson): string[] {
  return [
    lesson.title,
    lesson.summary,
    ...lesson.sections.flatMap((s): string[] => {
      if (s.kind === 'narrative') return [...(s.title ? [s.title] : []), ...s.paragraphs.map((p) => p.text)];
      if (s.kind === 'play-until') return s.text ? [s.text] : [];
      if (s.kind === 'predict') return [s.question, ...s.choices.map((c) => c.text), s.explanation.text];
      return [s.prompt, s.explanation.text];
    }),
  ];
}

describe('Spanish lessons', () => {
  it('translate every library lesson, one file each in lessons/es/, in the same order', () => {
    expect(readdirSync(dir).sort()).toEqual(
      listLessonIds()
        .map((id) => `${id}.json`)
        .sort(),
    );
    expect(LESSON_LIBRARY_ES.map((l) => l.translationOf)).toEqual(listLessonIds());
  });

  it.each(listLessonIds())('%s: same scenario, sections, answers and sources as the English lesson', (id) => {
    const source = getLesson(id);
    const es = parseLesson(JSON.parse(readFileSync(new URL(`${id}.json`, dir), 'utf8')));
    expect(es.lang).toBe('es');
    expect(es.translationOf).toBe(id);
    expect(es.id).toBe(id);
    expect(es.scenario).toEqual(source.scenario);
    expect(es.sections.map(skeleton)).toEqual(source.sections.map(skeleton));
    // Written in Spanish: no text is the English one left in place, and form names keep their English spelling.
    const [en, sp] = [words(source), words(es)];
    expect(sp).toHaveLength(en.length);
    sp.forEach((text, i) => {
      expect(text, `${id} text ${i}`).not.toBe(en[i]);
      for (const form of en[i]?.match(/I-\d{3}[A-Z]?/g) ?? []) expect(text, `${id} text ${i}`).toContain(form);
    });
  });

  it.each(listLessonIds())('%s (es): the model agrees with every answer and every try-it', (id) => {
    const evaluation = evaluateLesson(getLessonIn(id, 'es'));
    expect(evaluation.checks.filter((c) => c.problem !== null).map((c) => `${c.sectionId}: ${c.problem}`)).toEqual([]);
    expect(evaluation.passed).toBe(true);
  });

  it('getLessonIn gives the translation in Spanish and the source in English; a translation must say its language', () => {
    expect(getLessonIn('the-48-hour-hold', 'es').lang).toBe('es');
    expect(getLessonIn('the-48-hour-hold', 'en')).toBe(LESSON_LIBRARY[0]);
    // @ts-expect-error: 'fr' is not a Language.
    expect(() => getLessonIn('the-48-hour-hold', 'fr')).toThrow('use "en" or "es"');
    const { lang: _lang, ...noLang } = JSON.parse(readFileSync(new URL('the-48-hour-hold.json', dir), 'utf8'));
    expect(() => parseLesson(noLang)).toThrow(/lang: a translation names its language/);
    const renamed = { ...JSON.parse(readFileSync(new URL('the-48-hour-hold.json', dir), 'utf8')), id: 'otra' };
    expect(() => parseLesson(renamed)).toThrow(/translationOf: a translation keeps the id/);
  });
});
