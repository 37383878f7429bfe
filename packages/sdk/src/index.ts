/**
 * @detainer-kit/sdk — what developers import: the whole of `@detainer-kit/core`, plus cases with a virtual clock,
 * scenario files, comparison, population simulation, share links and diagram export. The `detainer` CLI is this
 * package's bin. Educational model, not legal advice.
 *
 * @packageDocumentation
 */
export * from '@detainer-kit/core';
export * from './case/index.js';
export * from './diagram/index.js';
export * from './errors.js';
export * from './scenario/index.js';
export * from './share/index.js';
export * from './simulation/index.js';
