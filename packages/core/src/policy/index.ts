export * from './condition-sets.js';
export * from './declined-detainer-report.js';
export * from './diff.js';
export * from './federal-conditions.js';
export * from './parse.js';
export * from './presets.js';
export * from './resolve-decision.js';
export * from './schema.js';
