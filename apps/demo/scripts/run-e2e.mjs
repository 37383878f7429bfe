#!/usr/bin/env node
/**
 * Runs every apps/demo/e2e/*.e2e.mjs against the built site in headless Chromium. Screenshots go to
 * test-output/ (emptied at the start of each run, so no stale FAILED-*.png survives a later green run);
 * `E2E_GREP=words` runs only the tests whose name contains them. `docShot` writes the committed documentation pictures to docs/ when UPDATE_DOCS=1, else to test-output/.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_DIR, instrumentedPage, startServerAndBrowser } from './serve-dist.mjs';

const outDir = join(APP_DIR, 'test-output');
const docsDir = join(APP_DIR, 'docs');
// Start from an empty test-output/: screenshots from earlier runs (above all FAILED-*.png) would mislead.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
mkdirSync(docsDir, { recursive: true });
const files = readdirSync(join(APP_DIR, 'e2e'))
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort();
const env = await startServerAndBrowser();
let failed = 0;
let passed = 0;
try {
  for (const file of files) {
    const mod = await import(pathToFileURL(join(APP_DIR, 'e2e', file)).href);
    for (const [name, fn] of Object.entries(mod.tests ?? {})) {
      // E2E_GREP=text runs only the tests whose name contains it (while iterating; CI runs all).
      if (process.env.E2E_GREP && !name.includes(process.env.E2E_GREP)) continue;
      const { page, problems, foreign } = await instrumentedPage(env.browser, env.baseUrl);
      const started = Date.now();
      try {
        await fn({
          page,
          baseUrl: env.baseUrl,
          shot: (n) => page.screenshot({ path: join(outDir, `${n}.png`), fullPage: false }),
          fullShot: (n) => page.screenshot({ path: join(outDir, `${n}.png`), fullPage: true }),
          // The committed picture changes only when asked (UPDATE_DOCS=1); otherwise it goes to test-output/.
          docShot: (n) =>
            page.screenshot({
              path: join(process.env.UPDATE_DOCS === '1' ? docsDir : outDir, `${n}.png`),
              fullPage: false,
            }),
        });
        const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        const all = [
          ...problems,
          ...csp.map((c) => `CSP violation: ${c}`),
          ...foreign.map((u) => `network request off the local server: ${u}`),
        ];
        if (all.length > 0) throw new Error(all.join('\n'));
        passed += 1;
        console.log(`✓ ${file} › ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(
          `✗ ${file} › ${name}\n  ${String(error?.stack ?? error)
            .split('\n')
            .slice(0, 8)
            .join('\n  ')}`,
        );
        await page.screenshot({ path: join(outDir, `FAILED-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
      } finally {
        for (const p of env.browser.pages()) await p.close();
      }
    }
  }
} finally {
  await env.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
