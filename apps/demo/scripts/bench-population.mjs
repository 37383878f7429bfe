#!/usr/bin/env node
/**
 * Measures, in headless Chromium on the built site, how long the population view takes to simulate 20,000
 * synthetic cases under three policies (full cooperation, notify only, decline all; seed 2017) in its Web
 * Worker and draw the charts: the wall time from the click on "Run simulation" to the next frame after the
 * charts are in the page. A benchmark, not a test: it prints the numbers and never fails on them.
 *
 *   npm run bench:population -w @detainer-kit/demo      (builds, then runs this)
 *   BENCH_REPS=5 BENCH_CASES=20000 node scripts/bench-population.mjs
 */
import { cpus, loadavg } from 'node:os';
import { instrumentedPage, startServerAndBrowser } from './serve-dist.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 3);
const CASES = Number(process.env.BENCH_CASES ?? 20_000);
const SEED = Number(process.env.BENCH_SEED ?? 2017);

const env = await startServerAndBrowser();
try {
  const { page, problems } = await instrumentedPage(env.browser, env.baseUrl);
  await page.goto(env.baseUrl);
  await page.locator('[data-testid="population-toggle"]').click();
  await page.locator('[data-testid="population"]').waitFor();
  // The default policies are the three measured; say so rather than assume it.
  const policies = [];
  for (let i = 0; i < 3; i += 1) policies.push(await page.locator(`[data-testid="pop-policy-${i}"]`).inputValue());
  const browserVersion = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown');

  /** One run: click → results (both charts) in the page → next frame. Returns [wall ms, the app's own ms]. */
  const once = () =>
    page.evaluate(async () => {
      const run = document.querySelector('[data-testid="pop-run"]');
      const ready = () =>
        document.querySelector('[data-testid="pop-results"] [data-testid="pop-outcomes"] svg') &&
        document.querySelector('[data-testid="pop-results"] [data-testid="pop-hours"]');
      const t0 = performance.now();
      run.click();
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      await new Promise((r) => requestAnimationFrame(() => r()));
      const wall = performance.now() - t0;
      const status = document.querySelector('[data-testid="pop-status"]')?.textContent ?? '';
      return { wall, status, cases: document.querySelector('[data-testid="pop-results"]')?.dataset.cases };
    });

  const setCases = async (n) => {
    await page.locator('[data-testid="pop-cases"]').fill(String(n));
    await page.locator('[data-testid="pop-seed"]').fill(String(SEED));
  };
  // Warm-up: load the view's worker chunk once and let the JIT see the code (not measured).
  await setCases(500);
  await once();
  await setCases(CASES);
  const walls = [];
  for (let i = 0; i < REPS; i += 1) {
    const r = await once();
    if (Number(r.cases) !== CASES) throw new Error(`expected results for ${CASES} cases, got ${r.cases}`);
    walls.push(r.wall);
    console.log(`run ${i + 1}/${REPS}: ${(r.wall / 1000).toFixed(2)} s wall (app: ${r.status.replace(/^Done: /, '')})`);
  }
  const sorted = [...walls].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const caseRuns = CASES * policies.length;
  console.log(
    `\n${CASES.toLocaleString('en-US')} cases × ${policies.length} policies (${policies.join(', ')}), seed ${SEED}, ${REPS} runs:`,
  );
  console.log(
    `  median ${(median / 1000).toFixed(2)} s (min ${(sorted[0] / 1000).toFixed(2)} s, max ${(sorted.at(-1) / 1000).toFixed(2)} s); ` +
      `${Math.round(caseRuns / (median / 1000)).toLocaleString('en-US')} case-runs per second`,
  );
  console.log(
    `  Chromium ${browserVersion}, headless; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
  console.log('  (from the click on "Run simulation" to the frame after both charts are in the page)');
  if (problems.length > 0) console.log(`page problems: ${problems.join('; ')}`);
} finally {
  await env.close();
}
