/**
 * @detainer-kit/core — the immigration detainer statechart, its schemas, policy resolution, legal clocks
 * and citations. Educational model, not legal advice.
 *
 * @packageDocumentation
 */
export * from './citations.js';
export * from './clock/index.js';
export * from './detainer/index.js';
export * from './errors.js';
export * from './instant.js';
export * from './law/index.js';
export * from './machine/index.js';
export * from './model-info.js';
export * from './policy/index.js';
export * from './text/index.js';
