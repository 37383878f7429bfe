export * from './vocabulary.js';
export * from './detainer.js';
export * from './subject.js';
