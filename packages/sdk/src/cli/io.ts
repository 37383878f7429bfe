import { type FileHandle, open } from 'node:fs/promises';
import type { DetainerKitErrorCode } from '@detainer-kit/core';

/**
 * What the CLI touches in the outside world, passed in so tests run it in-process: text writers for stdout
 * and stderr, a file reader, whether stderr is a terminal (for the progress bar) and how many threads the
 * machine can run.
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds no newline). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /**
   * Reads a UTF-8 text file of at most `maxBytes` bytes; rejects with a Node-style error (`code: 'ENOENT'`,
   * `'EISDIR'`, …, or `'EFBIG'` when the file is larger) when it cannot. {@link readFileCapped} is the real one.
   */
  readonly readFile: (path: string, maxBytes: number) => Promise<string>;
  /** True when stderr is a terminal: the progress bar is drawn only then. */
  readonly isTTY: boolean;
  /** Terminal width for the progress bar; 80 when unknown. */
  readonly columns?: number;
  /** Threads the machine can run at once (`os.availableParallelism()`); bounds `--workers`. */
  readonly parallelism?: number;
}

/** Exit codes: 0 success, 1 a scenario's expectations failed, 2 bad input (one line on stderr). */
export const EXIT = { ok: 0, expectationsFailed: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The codes of the CLI's own errors (in `--json` errors; model errors keep the core's `DetainerKitError`
 * codes such as `invalid-scenario`):
 * - `invalid-argument`: an option, argument or command is missing, unknown or malformed;
 * - `unreadable-file`: a file cannot be read (missing, a directory, no permission);
 * - `file-too-large`: a file is over the CLI's size cap;
 * - `invalid-json`: a file is not JSON;
 * - `unknown-scenario`: neither a file nor the id of a library scenario;
 * - `unexpected-error`: a bug; please report it.
 */
export type CliErrorCode =
  | 'invalid-argument'
  | 'unreadable-file'
  | 'file-too-large'
  | 'invalid-json'
  | 'unknown-scenario'
  | 'unexpected-error';

/** What a {@link CliInputError} is made of: where the problem is, what it is, and how to fix it. */
export interface CliInputErrorOptions {
  /** A CLI code, or a core code where the core's meaning fits (`invalid-policy` for a policy file). */
  readonly code: CliErrorCode | DetainerKitErrorCode;
  /** The option (`--seed`), argument (`<scenario>`) or file the problem is in; empty when none. */
  readonly field: string;
  /** What is wrong, naming the field. */
  readonly problem: string;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * A problem with what the user gave the CLI. Its message, `problem: fix`, is the one line printed after
 * `detainer: `; under `--json` the parts are printed as data.
 */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
  readonly code: CliErrorCode | DetainerKitErrorCode;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;

  constructor(options: CliInputErrorOptions) {
    super(options.fix ? `${options.problem}: ${options.fix}` : options.problem);
    this.code = options.code;
    this.field = options.field;
    this.problem = options.problem;
    this.fix = options.fix;
  }
}

function nodeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** The part of a `FileHandle` that {@link readHandleCapped} uses (a seam for tests). */
export type ReadableHandle = Pick<FileHandle, 'stat' | 'read'>;

/**
 * Reads at most `maxBytes` bytes from an open file as UTF-8, or rejects with `code: 'EFBIG'`. A regular file's
 * size is checked before anything is read; a device or pipe (`/dev/urandom`, `<(…)`) is read in 64 kB chunks
 * and given up on as soon as it passes the cap, so nothing larger than the cap plus one chunk is ever held.
 */
export async function readHandleCapped(handle: ReadableHandle, maxBytes: number): Promise<string> {
  const info = await handle.stat();
  if (info.isDirectory()) throw nodeError('EISDIR', 'is a directory');
  if (info.isFile() && info.size > maxBytes) throw nodeError('EFBIG', `over ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
    if (bytesRead === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    total += bytesRead;
    if (total > maxBytes) throw nodeError('EFBIG', `over ${maxBytes} bytes`);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** The CLI's real file reader: {@link readHandleCapped} on the opened file. */
export async function readFileCapped(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    return await readHandleCapped(handle, maxBytes);
  } finally {
    await handle.close();
  }
}
