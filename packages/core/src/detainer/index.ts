export * from './detainer.js';
export * from './subject.js';
export * from './vocabulary.js';
