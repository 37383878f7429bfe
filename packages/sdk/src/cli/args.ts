import { z } from 'zod';
import { CliInputError } from './io.js';

function wholeNumber(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^-?[0-9][0-9_,]*$/, `${label} must be a whole number`)
    .transform((s) => Number(s.replace(/[_,]/g, '')))
    .pipe(
      z
        .number()
        .int()
        .min(min, `${label} must be at least ${min.toLocaleString('en-US')}`)
        .max(max, `${label} must be at most ${max.toLocaleString('en-US')}`),
    );
}

/** `--cases`: how many simulated cases, 1 … 10,000,000. */
export const CasesArgSchema = wholeNumber('--cases', 1, 10_000_000);
/** `--seed`: the random seed, a whole number 0 … 4,294,967,295 (`simulatePopulation`'s range). */
export const SeedArgSchema = wholeNumber('--seed', 0, 0xffff_ffff);
/** `--workers`: worker threads for a simulation, 1 … 64. */
export const WorkersArgSchema = wholeNumber('--workers', 1, 64);
/** `--format` of `detainer diagram`. */
export const DiagramFormatSchema = z.enum(['mermaid', 'json', 'dot'], {
  error: '--format must be "mermaid", "json" or "dot"',
});
export type DiagramFormat = z.infer<typeof DiagramFormatSchema>;

/** Parses one command-line value with its schema, or throws a {@link CliInputError} naming the flag. */
export function parseArg<S extends z.ZodType>(schema: S, value: unknown, flag: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? `${flag} is not valid`;
  const shown = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
  throw new CliInputError(`${message.startsWith(flag) ? message : `${flag}: ${message}`}${shown}`);
}
