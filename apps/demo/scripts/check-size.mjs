#!/usr/bin/env node
/**
 * Fails when the initial JavaScript of the built demo is over budget: the entry chunk of dist/index.html plus
 * every chunk it imports statically (transitively), gzipped. Dynamic imports are not counted (lazy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const htmlPath = join(dist, 'index.html');
if (!existsSync(htmlPath)) {
  console.error('check:size: dist/index.html not found; run `npm run build -w @detainer-kit/demo` first.');
  process.exit(1);
}
const html = readFileSync(htmlPath, 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
if (entries.length === 0) {
  console.error('check:size: no module script in dist/index.html');
  process.exit(1);
}
const seen = new Set();
const queue = entries.map((src) => resolve(dist, src.replace(/^\.\//, '')));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"` (not `import("./x.js")`).
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
  }
}
let total = 0;
const rows = [];
for (const file of seen) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  rows.push(
    `${file.slice(dist.length + 1).padEnd(44)} ${(raw.length / 1024).toFixed(1).padStart(8)} kB raw ${(gz / 1024).toFixed(1).padStart(8)} kB gzip`,
  );
}
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
  resolve(dist, m[1].replace(/^\.\//, '')),
);
for (const file of css)
  rows.push(
    `${file.slice(dist.length + 1).padEnd(44)} ${(gzipSync(readFileSync(file)).length / 1024).toFixed(1).padStart(8)} kB gzip (css, not counted)`,
  );
console.log(rows.join('\n'));
console.log(`initial JS: ${(total / 1024).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1024} kB)`);
if (total > BUDGET_BYTES) {
  console.error(`check:size: over budget by ${((total - BUDGET_BYTES) / 1024).toFixed(1)} kB`);
  process.exit(1);
}
