/**
 * Must be the first import of the app. The SDK's schemas use zod 4, which probes `new Function` once to decide
 * whether to compile fast parsers; under this site's Content-Security-Policy (no 'unsafe-eval') the probe is
 * refused and reported as a CSP violation even though zod catches it. Zod reads its global config from
 * `globalThis.__zod_globalConfig` (zod's `z.config()` writes the same object), so `jitless` is set there before
 * any schema is built. Parsing is unchanged, only the JIT fast path is off.
 */
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = { ...(g.__zod_globalConfig ?? {}), jitless: true };

export {};
