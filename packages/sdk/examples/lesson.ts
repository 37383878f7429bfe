import { evaluateLesson, getLesson } from '@detainer-kit/sdk';

const lesson = getLesson('weekday-or-calendar');
console.log(evaluateLesson(lesson).passed); // true: the model agrees with every answer
// Change the answer to the calendar count's Sunday: the model, counting weekdays only, says Tuesday.
const wrong = {
  ...lesson,
  sections: lesson.sections.map((s) => (s.kind === 'predict' ? { ...s, answer: 'sunday' } : s)),
};
const check = evaluateLesson(wrong).checks[0];
console.log(check?.met, check?.modelChoice); // false tuesday
console.log(check?.problem); // the lesson's answer "sunday" is …, but the model gives … (choice "tuesday")
