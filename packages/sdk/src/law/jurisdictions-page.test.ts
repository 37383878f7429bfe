import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allLibraryLayers } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { jurisdictionsPage } from './jurisdictions-page.js';

const page = fileURLToPath(new URL('../../../../docs/jurisdictions.md', import.meta.url));

describe('docs/jurisdictions.md', () => {
  it('matches the page generated from the library (UPDATE_DOCS=1 rewrites it)', () => {
    const fresh = jurisdictionsPage();
    if (process.env.UPDATE_DOCS === '1') {
      mkdirSync(new URL('../../../../docs/', import.meta.url), { recursive: true });
      writeFileSync(page, fresh);
    }
    expect(existsSync(page), 'run UPDATE_DOCS=1 npx vitest run src/law/jurisdictions-page.test.ts').toBe(true);
    expect(readFileSync(page, 'utf8'), 'the page drifted: UPDATE_DOCS=1 rewrites it').toBe(fresh);
  });

  it('lists every layer of the library with its first date and its status', () => {
    const text = jurisdictionsPage();
    for (const layer of allLibraryLayers()) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${layer.id}\``));
      expect(row, layer.id).toBeDefined();
      expect(row).toContain(layer.datePrecision === 'year' ? layer.effectiveFrom.slice(0, 4) : layer.effectiveFrom);
      expect(row).toContain(`| ${layer.status} |`);
      for (const c of layer.citations) expect(row).toContain(`[${c}]`);
    }
  });
});
