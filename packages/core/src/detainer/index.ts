export * from './detainer.js';
export * from './dhs-duty-to-issue.js';
export * from './subject.js';
export * from './vocabulary.js';
