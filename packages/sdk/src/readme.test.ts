import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { toMermaid } from './diagram/index.js';
import { evaluateLesson } from './lesson/index.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const exampleUrl = (name: string) => new URL(`../examples/${name}.ts`, import.meta.url);
const EXAMPLES = ['case', 'scenario', 'lesson', 'simulate', 'model-based', 'law-case'] as const;
const MERMAID = /```mermaid\n[\s\S]*?```/;

async function runExample(name: (typeof EXAMPLES)[number]): Promise<unknown[][]> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await import(`../examples/${name}.ts`);
    return log.mock.calls;
  } finally {
    log.mockRestore();
  }
}

describe('SDK README', () => {
  it('shows the Mermaid diagram generated from the machine (UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(readmeUrl, 'utf8');
    const block = `\`\`\`mermaid\n${toMermaid().trim()}\n\`\`\``;
    if (process.env.UPDATE_README === '1') writeFileSync(readmeUrl, readme.replace(MERMAID, block));
    else expect(readme.match(MERMAID)?.[0]).toBe(block);
  });

  it.each(EXAMPLES)('shows examples/%s.ts unchanged', (name) => {
    expect(readFileSync(readmeUrl, 'utf8')).toContain(readFileSync(exampleUrl(name), 'utf8').trim());
  });

  it('runs the case example to the results its comments give', async () => {
    const calls = await runExample('case');
    expect(calls[0]).toEqual(['2024-03-11T21:00:00.000Z']);
    expect(String(calls[1]?.[0])).toMatch(/notice/i);
    expect(calls[2]).toEqual(['released-hold-expired', '2024-03-11T21:00:00.000Z']);
    expect(calls.slice(3)).toEqual([[true], [true]]);
  });

  it('runs the law-case example to the results its comments give', async () => {
    const calls = await runExample('law-case');
    expect(calls[0]).toEqual([
      ['custodian-decision 2025-09-30', 'hold-clock 2025-10-02', 'eligibility-notice 2025-10-02'],
    ]);
    expect(calls[1]).toEqual(['2025-10-02T21:00:00.000Z']);
    expect(calls[2]).toEqual([true]);
    expect(calls[3]).toEqual([['none', 'sent-on-time']]);
    expect(calls[4]).toEqual([['released-hold-declined', 'released-hold-expired', 'released-hold-expired']]);
  });

  it('runs the scenario example', async () => {
    const calls = await runExample('scenario');
    expect(calls[0]).toEqual(['released-hold-declined', true]);
    expect(calls[1]?.[1]).toBe('released-hold-declined');
    expect(calls[2]?.[1]).not.toBe('released-hold-declined');
    expect(calls[3]).toEqual(['hold']);
  });

  it('runs the lesson example: the library lesson passes, a wrong answer fails', async () => {
    const calls = await runExample('lesson');
    expect(calls[0]).toEqual([true]);
    expect(calls[1]).toEqual([false, 'tuesday']);
    expect(String(calls[2]?.[0])).toMatch(/answer "sunday" .* model gives .*\(choice "tuesday"\)/);
  });

  it('shows a lesson file that parses and that the model agrees with', () => {
    const block = /```json\n(\{\n {2}"\$schema": "[^"]*lesson\.schema\.json"[\s\S]*?)```/.exec(
      readFileSync(readmeUrl, 'utf8'),
    )?.[1];
    expect(block).toBeDefined();
    const evaluation = evaluateLesson(JSON.parse(block ?? ''));
    expect(evaluation.checks.map((c) => [c.kind, c.met, c.hiddenAtCheckpoint])).toEqual([
      ['predict', true, true],
      ['try-it', true, true],
    ]);
    expect(evaluation.passed).toBe(true);
  });

  it('runs the simulation example', async () => {
    const calls = await runExample('simulate');
    expect(calls).toHaveLength(3);
    expect(calls[2]).toEqual([true, 'Educational model, not legal advice.']);
  }, 60_000);

  it('runs the model-based testing example: every generated path reaches its state on a real case', async () => {
    const calls = await runExample('model-based');
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      expect(call[0]).toBe(true);
      expect(call[2]).toBe(true);
    }
    expect(calls.map((c) => c[1]).sort()).toEqual(
      expect.arrayContaining(['released-hold-expired', 'released-no-hold-requested', 'transferred-to-dhs']),
    );
  });
});
