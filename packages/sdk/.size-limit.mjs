// Size budgets of @detainer-kit/sdk (run by `npm run check:package` on the built `dist/`): what a bundler keeps
// for typical imports, minified and gzipped, with `@detainer-kit/core` included and the peers (`xstate`, `zod`)
// left out, as the user's app already has them. Budgets are the measured sizes plus about 10%; `toMermaid` grew
// with the machine (the raw-event guard's schemas, the supported-instant rule: see the core's .size-limit.json), and again with the 2019–2026 mechanics (issue #11: I-247G, notice barred, the two-hour notice, the transfer switch and the new notice statuses), and with the message catalogs (issue #10: the English narrative frames moved from explain() into the core's catalog, textOf and the language schema; the Spanish catalog is never in these bundles).
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
  entry('createCase', '49.1 kB'),
  entry('toMermaid', '30.3 kB'),
  entry('runScenario', '52.5 kB'),
  entry('simulatePopulation', '37.9 kB'),
];
