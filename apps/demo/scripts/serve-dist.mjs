/**
 * Starts `vite preview` on dist/ at a free localhost port and launches headless Chromium (playwright-core)
 * with a fresh profile. Used by the e2e runner and the step benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitFor(url, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Serves dist/ and opens Chromium (`browser` is its browser context); `close()` tears both down. */
export async function startServerAndBrowser() {
  if (!existsSync(join(APP_DIR, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build -w @detainer-kit/demo` first');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const port = await freePort();
  const vite = join(APP_DIR, 'node_modules/.bin/vite');
  const server = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: APP_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const baseUrl = `http://127.0.0.1:${port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'detainer-demo-chromium-'));
  let browser;
  try {
    await waitFor(baseUrl);
    // A persistent context on a fresh temporary profile (Playwright takes the profile as `userDataDir`).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  } catch (error) {
    server.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`${error.message}\n${serverLog}`);
  }
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close().catch(() => {});
      server.kill('SIGTERM');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page that records console errors, CSP violations, page errors and every request that is not to the
 * local server.
 */
export async function instrumentedPage(context, baseUrl) {
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, problems, foreign };
}
