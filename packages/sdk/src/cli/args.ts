import { type CaseLawSpecInput, CaseLawSpecSchema, LANGUAGES, type Language, loadLanguage } from '@detainer-kit/core';
import { z } from 'zod';
import { CliInputError } from './io.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Plain digits (`10000`), or digits grouped by thousands with one kind of separator (`10,000`, `10_000`). */
const WHOLE_NUMBER = /^(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:_[0-9]{3})+)$/;

/** A zod issue carrying the project's "how to fix it" next to its message. */
function issue(ctx: z.RefinementCtx, message: string, fix: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { fix } });
  return z.NEVER;
}

/**
 * A whole-number option: digits only, optionally grouped by thousands with `,` or `_` (`10000`, `10,000`,
 * `10_000`; not `1,,0`, `1_0`, `1,000_000`, `1e4`, `+5`, `-5` or `1.5`), from `min` to `max`.
 */
export function wholeNumberArg(flag: string, min: number, max: number, options: { required?: string } = {}) {
  const range = `a whole number from ${fmt(min)} to ${fmt(max)}`;
  return z.unknown().transform((value, ctx): number => {
    if (value === undefined) {
      return issue(ctx, `${flag} is required`, options.required ?? `give ${flag} ${range}`);
    }
    if (typeof value !== 'string') return issue(ctx, `${flag} needs a value`, `give ${flag} ${range}`);
    const text = value.trim();
    const got = `got ${JSON.stringify(value.slice(0, 40))}`;
    if (!WHOLE_NUMBER.test(text)) {
      return issue(
        ctx,
        `${flag} must be ${range}, ${got}`,
        `write digits only, optionally grouped by thousands with "," or "_" (e.g. ${fmt(Math.max(min, Math.min(max, 10_000)))})`,
      );
    }
    const digits = text.replace(/[,_]/g, '').replace(/^0+(?=[0-9])/, '');
    // Every bound here is far below 10^15, so a longer number is too large without converting it.
    const n = digits.length > 15 ? Number.POSITIVE_INFINITY : Number(digits);
    if (n > max) return issue(ctx, `${flag} must be at most ${fmt(max)}, ${got}`, `use ${range}`);
    if (n < min) return issue(ctx, `${flag} must be at least ${fmt(min)}, ${got}`, `use ${range}`);
    return n;
  });
}

/** `--cases`: how many simulated cases, 1 … 10,000,000. */
export const CasesArgSchema = wholeNumberArg('--cases', 1, 10_000_000);
/** `--seed`: the random seed, a whole number 0 … 4,294,967,295 (`simulatePopulation`'s range). */
export const SeedArgSchema = wholeNumberArg('--seed', 0, 0xffff_ffff, {
  required: 'give a whole number from 0 to 4,294,967,295 (e.g. --seed 7) so the run can be repeated',
});
/** The most worker threads `--workers` ever takes, whatever the machine. */
export const MAX_WORKERS = 64;

/**
 * `--workers`: worker threads for a simulation, 1 … the threads the machine can run at once
 * (`os.availableParallelism()`, at most {@link MAX_WORKERS}): more workers than cores only cost memory.
 */
export function workersArgSchema(parallelism: number) {
  const cores = Math.max(1, Math.floor(parallelism));
  const max = Math.min(MAX_WORKERS, cores);
  return wholeNumberArg('--workers', 1, MAX_WORKERS).transform((n, ctx): number => {
    if (n <= max) return n;
    return issue(
      ctx,
      `--workers must be at most ${fmt(max)} on this machine (it runs ${fmt(cores)} thread${cores === 1 ? '' : 's'} at once), got ${n}`,
      `use --workers ${max} or fewer: more workers than cores only cost memory`,
    );
  });
}

/** The `--policy` list of `compare` and `simulate`: one to twelve preset ids or files. */
export function policyListArgSchema(command: string) {
  return z.array(z.string()).transform((list, ctx): string[] => {
    if (list.length === 0) {
      return issue(
        ctx,
        `${command} needs at least one --policy <preset|file>`,
        'add --policy with a preset id (see `detainer policies`) or a policy JSON file',
      );
    }
    if (list.length > 12) {
      return issue(ctx, `--policy: at most 12 policies in one run, got ${list.length}`, 'split the run in two');
    }
    return list;
  });
}

/** The diagram formats of `detainer diagram --format`. */
export const DIAGRAM_FORMATS = ['mermaid', 'json', 'dot'] as const;
/** `--format` of `detainer diagram`. */
export const DiagramFormatSchema = z.unknown().transform((value, ctx): (typeof DIAGRAM_FORMATS)[number] => {
  const found = DIAGRAM_FORMATS.find((f) => f === value);
  if (found) return found;
  return issue(
    ctx,
    `--format must be "mermaid", "json" or "dot", got ${JSON.stringify(String(value).slice(0, 40))}`,
    'use --format mermaid, --format json or --format dot',
  );
});
export type DiagramFormat = z.output<typeof DiagramFormatSchema>;

/** `--lang` of the commands: the language of the report, one of the core's `LANGUAGES` (`en`, `es`). */
export const LangArgSchema = z.unknown().transform((value, ctx): Language => {
  const found = LANGUAGES.find((l) => l === value);
  if (found) return found;
  const allowed = LANGUAGES.map((l) => `"${l}"`).join(' or ');
  return issue(
    ctx,
    `--lang must be ${allowed}, got ${JSON.stringify(String(value).slice(0, 40))}`,
    `use ${LANGUAGES.map((l) => `--lang ${l}`).join(' or ')}`,
  );
});

/**
 * Parses one command-line value with its schema, or throws a {@link CliInputError} naming the option, what is
 * wrong and how to fix it (the schema's issue message and its `fix`).
 */
export function parseArg<S extends z.ZodType>(schema: S, value: unknown, flag: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const message = first?.message ?? `${flag} is not valid`;
  const fix = first?.code === 'custom' && typeof first.params?.fix === 'string' ? first.params.fix : '';
  throw new CliInputError({
    code: 'invalid-argument',
    field: flag,
    problem: message.startsWith(flag) ? message : `${flag}: ${message}`,
    fix: fix || `see \`detainer --help\` for ${flag}`,
  });
}

/**
 * The language of a command's report: `--lang` parsed (`en` when absent; a {@link CliInputError}, exit 2, for any
 * other value than `en` or `es`) and its catalog loaded, so that the core's `textOf` can read it.
 */
export async function languageArg(value: string | undefined): Promise<Language> {
  const lang = value === undefined ? 'en' : parseArg(LangArgSchema, value, '--lang');
  await loadLanguage(lang);
  return lang;
}

/** The law flags of `run`, `compare`, `simulate` and `check-psp`, as commander hands them over. */
export interface LawFlags {
  readonly jurisdiction?: string | readonly string[];
  readonly asOf?: string | readonly string[];
  readonly option?: readonly string[];
}

const FLAG_OF: Readonly<Record<string, string>> = {
  jurisdiction: '--jurisdiction',
  asOf: '--as-of',
  options: '--option',
};

/**
 * Parses one law spec from the flags (`--jurisdiction`, `--as-of`, `--option`) with core's `CaseLawSpecSchema`,
 * over a `base` spec (the scenario's own law), or throws a {@link CliInputError} naming the flag.
 */
export function parseLawSpec(
  flags: { jurisdiction?: string; asOf?: string; option?: readonly string[] },
  base?: CaseLawSpecInput,
): CaseLawSpecInput {
  const spec = {
    ...(base ?? {}),
    ...(flags.jurisdiction === undefined ? {} : { jurisdiction: flags.jurisdiction }),
    ...(flags.asOf === undefined ? {} : { asOf: flags.asOf }),
    ...(flags.option === undefined || flags.option.length === 0 ? {} : { options: [...flags.option] }),
  };
  const result = CaseLawSpecSchema.safeParse(spec);
  if (result.success) return spec;
  const first = result.error.issues[0];
  const key = String(first?.path[0] ?? 'jurisdiction');
  const flag = FLAG_OF[key] ?? '--jurisdiction';
  throw new CliInputError({
    code: 'invalid-argument',
    field: flag,
    problem: `${flag}: ${first?.message ?? 'not valid'}`,
    fix:
      flag === '--as-of'
        ? 'write the date as YYYY-MM-DD, e.g. --as-of 2025-10-02'
        : flag === '--option'
          ? 'name an option layer id, e.g. --option us-nc/hb318-2025-from-oct-1 (see `detainer law <jurisdiction>`)'
          : 'use a library jurisdiction, e.g. --jurisdiction us-nc (see `detainer law federal`)',
  });
}

/** Whether any law flag was given. */
export function hasLawFlags(flags: LawFlags): boolean {
  const given = (v: string | readonly string[] | undefined) => (Array.isArray(v) ? v.length > 0 : v !== undefined);
  return given(flags.jurisdiction) || given(flags.asOf) || given(flags.option);
}

/** Every value of a flag that may repeat. */
export function flagValues(value: string | readonly string[] | undefined): (string | undefined)[] {
  if (value === undefined) return [undefined];
  if (typeof value === 'string') return [value];
  return value.length === 0 ? [undefined] : [...value];
}
