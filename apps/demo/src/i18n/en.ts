/**
 * The demo's English UI messages: one home for the words of the app's chrome (headings, buttons, labels). The
 * teaching texts (outcomes, decision reasons, counting rules, the disclaimer) come from the core's catalogs through
 * the SDK (`textOf`, `outcomeText`, `decisionReasonText`). `es.ts` has the same keys (`Messages = typeof en`), so a
 * missing Spanish message is a type error.
 */
export const en = {
  langName: 'English',
  langSwitch: 'Language',
  skipToSimulator: 'Skip to the simulator',
  skipToControls: 'Skip to the step controls',
  appTitle: 'Detainer case simulator',
  lawAsOf: 'Law as of',
  scenario: 'Scenario',
  importFile: 'Import…',
  importFileLabel: 'Import a scenario file',
  exportFile: 'Export',
  copyShareLink: 'Copy share link',
  lessons: 'Lessons',
  comparePolicies: 'Compare policies',
  dismissMessage: 'Dismiss message',
  shareLink: 'Share link',
  close: 'Close',
  loadingComparison: 'Loading the comparison…',
  loadingLessons: 'Loading the lessons…',
  footer:
    'Models the mechanics described in its sources and takes no side. Runs entirely in your browser; nothing is sent anywhere.',
  viewingPast: 'viewing the past: an event the story does not have starts a branch',
  // The "Why" panel.
  why: 'Why',
  selectedState: 'Selected state',
  currentState: 'Current state',
  backToCurrentState: 'Back to the current state',
  lastTransition: 'Last transition',
  thenAtOnce: 'Then, at once',
  noEventYet: 'No event yet: the person has just been booked.',
  outcome: 'Outcome',
  custodianDecision: 'The custodian’s decision on this detainer:',
  holdCounted: 'Hold counted:',
  unverified: 'unverified',
  source: 'Source',
  sources: 'Sources',
  // Panel titles.
  aboutScenario: 'About this scenario',
  whatHappensNext: 'What happens next',
  custodianPolicy: 'Custodian’s policy',
  whatTheChangeDoes: 'What the change does',
  // The lessons.
  lessonsTitle: 'Lessons',
  backToSimulator: 'Back to the simulator',
  lessonPages: 'Lesson pages',
  lessonListIntro:
    'Each lesson follows one case, a section at a time. At each question the case pauses: make a prediction, then see what the model does and why, with its sources.',
  questionCount: (n: number) => `${n} question${n === 1 ? '' : 's'}`,
  presenterViewLink: 'presenter view',
  noSuchLesson: (id: string) => `There is no lesson “${id}”. Choose one below.`,
  back: '← Back',
  next: 'Next →',
  endOfLesson: 'End of the lesson',
  sectionOf: (i: number, n: number) => `Section ${i} of ${n}`,
  revealAnswer: 'Reveal the answer',
  revealToGoOn: 'Reveal the answer to go on.',
  chooseToGoOn: 'Choose an answer to go on.',
  allLessons: 'All lessons',
  lessonViews: 'Lesson views',
  studentView: 'Student view',
  presenterView: 'Presenter view',
  printHandout: 'Print handout',
  skippedLink:
    'This link pointed past a question that has not been answered yet, so the lesson opens at that question.',
  withChange: 'With the change: ',
  withChangeToEnd: 'With the change, played to the end: ',
  playedToEnd: 'Played to the end: ',
  caseClock: 'Case clock: ',
  lessonArrowWhy: 'in a lesson the case moves only with the lesson’s sections (Next).',
};

/** The shape of every language's UI messages. */
export type Messages = typeof en;
