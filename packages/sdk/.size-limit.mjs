// Size budgets of @detainer-kit/sdk (run by `npm run check:package` on the built `dist/`): what a bundler keeps
// for typical imports, minified and gzipped, with `@detainer-kit/core` included and the peers (`xstate`, `zod`)
// left out, as the user's app already has them. Budgets are the measured sizes plus about 10%; `toMermaid` grew
// with the machine (the raw-event guard's schemas, the supported-instant rule: see the core's .size-limit.json), and again with the 2019–2026 mechanics (issue #11: I-247G, notice barred, the two-hour notice, the transfer switch and the new notice statuses), and by the measured growth (1.7–2.2 kB) of the custody-move basis, hold history and PROOF_OF_STATUS (issue #11 items 1, 5, 6).
const entry = (name, limit) => ({
  name: `import { ${name} } from '@detainer-kit/sdk'`,
  path: 'dist/index.js',
  import: `{ ${name} }`,
  ignore: ['xstate', 'zod'],
  limit,
  gzip: true,
  // Bundle as ESM, as apps do (size-limit's default is an IIFE, where `import.meta` is empty).
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
});

export default [
  entry('createCase', '28.1 kB'),
  entry('toMermaid', '19.2 kB'),
  entry('runScenario', '30.2 kB'),
  entry('simulatePopulation', '32.3 kB'),
];
