import { availableParallelism } from 'node:os';
import { DDOR_FIRST_WEEK, type Language, resolveLaw, textOf } from '@detainer-kit/core';
import type { PopulationProgress, PopulationReport, SimulationPolicyRef } from '../../simulation/index.js';
import { simulatePopulation } from '../../simulation/index.js';
import {
  CasesArgSchema,
  hasLawFlags,
  languageArg,
  parseArg,
  parseLawSpec,
  policyListArgSchema,
  SeedArgSchema,
  workersArgSchema,
} from '../args.js';
import { DISCLAIMER_LINE, plain, table, toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadPolicy } from '../load.js';

/** Options of `detainer simulate` as commander gives them (strings, checked with zod here). */
export interface SimulateCommandOptions {
  readonly policy: string[];
  readonly cases?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly json?: boolean;
  /** `en` or `es`: the disclaimer's language (the report's labels are English for now). */
  readonly lang?: string;
  readonly jurisdiction?: string;
  readonly asOf?: string;
  readonly option?: string[];
}

/**
 * Where the worker script is when the CLI runs built (`dist/cli/commands/simulate.js` →
 * `dist/simulation/worker.js`).
 * From source (tests) the simulation module finds it itself.
 */
function builtWorkerUrl(): URL | undefined {
  const here = import.meta.url;
  return here.endsWith('.ts') ? undefined : new URL('../../simulation/worker.js', here);
}

/** A progress bar on one terminal line (stderr), redrawn in place. */
export function progressBar(io: CliIo): { update: (p: PopulationProgress) => void; done: () => void } {
  const width = Math.max(10, Math.min(40, (io.columns ?? 80) - 40));
  let drawn = false;
  return {
    update({ done, total }) {
      const share = total === 0 ? 1 : done / total;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      io.stderr(
        `\r[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} cases`,
      );
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\n');
    },
  };
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const hrs = (h: number | null) => (h === null ? '-' : `${h.toFixed(1)} h`);

function reportText(report: PopulationReport, lang: Language): string {
  const lines = [
    `Population simulation: ${report.cases.toLocaleString('en-US')} synthetic cases, seed ${report.seed}`,
    report.syntheticNote,
    '',
  ];
  for (const p of report.policies) {
    lines.push(`${plain(p.name)}${p.ref ? ` (${p.ref})` : ''}`);
    lines.push(
      table(
        ['outcome', 'cases', 'share'],
        p.outcomes.map((o) => [o.code, o.count.toLocaleString('en-US'), pct(o.rate)]),
      ),
    );
    const h = p.hoursHeld;
    lines.push(
      `Held past release eligibility: ${h.held.toLocaleString('en-US')} (${pct(h.heldRate)}); median ${hrs(h.medianHours)}, p95 ${hrs(h.p95Hours)}, max ${hrs(h.maxHours)}; reached the limit: ${h.hitLimit.toLocaleString('en-US')}`,
    );
    const n = p.notice;
    lines.push(
      `Notice: on time ${n.onTime}, late ${n.late}, not sent ${n.none}, withheld by policy ${n.withheldByPolicy}, not requested ${n.notRequested}, no release scheduled ${n.noRecord}`,
    );
    lines.push(`Declined detainers: ${p.declinedDetainers.total.toLocaleString('en-US')}`, '');
  }
  if (report.policies.length > 1) {
    lines.push(
      'Side by side (same synthetic cases under every policy):',
      table(
        ['metric', ...report.comparison.policies.map(plain)],
        report.comparison.rows.map((r) => [
          r.metric,
          ...r.values.map((v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))),
        ]),
      ),
      '',
    );
  }
  lines.push(`Law as of ${report.lawAsOf}.`, lang === 'en' ? DISCLAIMER_LINE : textOf('model.disclaimer', lang), '');
  return lines.join('\n');
}

/**
 * `detainer simulate --policy <preset|file> [--policy …] --cases N --seed S [--workers K] [--json]`: a
 * synthetic population through the machine (the SDK's `simulatePopulation`). A progress bar is drawn on
 * stderr when it is a terminal, never when piped.
 */
export async function simulateCommand(io: CliIo, options: SimulateCommandOptions): Promise<ExitCode> {
  const refs = parseArg(policyListArgSchema('simulate'), options.policy, '--policy');
  const lang = await languageArg(options.lang);
  const seed = parseArg(SeedArgSchema, options.seed, '--seed');
  const cases = parseArg(CasesArgSchema, options.cases ?? String(DDOR_FIRST_WEEK.detainersIssued), '--cases');
  const workers = parseArg(
    workersArgSchema(io.parallelism ?? availableParallelism()),
    options.workers ?? '1',
    '--workers',
  );
  const policies: SimulationPolicyRef[] = [];
  // With --jurisdiction / --as-of, each policy is the local policy under that law on that date (the population's
  // cases are dated by the simulation; the law is resolved once, on the as-of date or today).
  const law = hasLawFlags(options) ? parseLawSpec(options) : undefined;
  for (const ref of refs) {
    const loaded = await loadPolicy(io, ref);
    if (law === undefined) {
      policies.push(typeof loaded.ref === 'string' ? loaded.ref : loaded.policy);
      continue;
    }
    const resolved = resolveLaw({
      ...(law.jurisdiction === undefined ? {} : { jurisdiction: law.jurisdiction }),
      asOf: law.asOf ?? new Date().toISOString().slice(0, 10),
      options: [...(law.options ?? [])],
      local: loaded.policy,
    }).policy;
    policies.push({ ...resolved, name: `${loaded.label} under ${resolved.name.split(' (local policy')[0]}` });
  }
  const bar = io.isTTY ? progressBar(io) : null;
  const workerUrl = workers > 1 ? builtWorkerUrl() : undefined;
  let report: PopulationReport;
  try {
    report = await simulatePopulation({
      policies,
      cases,
      seed,
      workers,
      ...(workerUrl ? { workerUrl } : {}),
      ...(bar ? { onProgress: bar.update, progressEvery: Math.max(1000, Math.ceil(cases / 200)) } : {}),
    });
  } finally {
    bar?.done();
  }
  io.stdout(options.json ? toJson(report) : reportText(report, lang));
  return EXIT.ok;
}
