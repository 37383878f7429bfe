/**
 * What the CLI touches in the outside world, passed in so tests run it in-process: text writers for stdout
 * and stderr, a file reader, and whether stderr is a terminal (for the progress bar).
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds no newline). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; rejects with a Node-style error (`code: 'ENOENT'`, …) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  readonly isTTY: boolean;
  /** Terminal width for the progress bar; 80 when unknown. */
  readonly columns?: number;
}

/** Exit codes: 0 success, 1 a scenario's expectations failed, 2 bad input (one line on stderr). */
export const EXIT = { ok: 0, expectationsFailed: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem with what the user gave the CLI. Its message is the one line printed after `detainer: `. */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
}
