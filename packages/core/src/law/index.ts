export * from './case-law.js';
export * from './case-law-spec.js';
export * from './diff.js';
export * from './library/index.js';
export * from './local-layer.js';
export * from './resolve.js';
export * from './resolve-law.js';
export * from './schema.js';
