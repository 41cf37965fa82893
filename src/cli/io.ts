/** What a CLI command may touch, so commands are testable without a process. */
import { readFileSync } from 'node:fs';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Throws on an unreadable file (the command reports it). */
  readFile(path: string): string;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** Exit statuses shared by all commands. */
export const EXIT = {
  ok: 0,
  /** The input has errors (diagnostics were printed). */
  diagnostics: 1,
  /** Bad command line or unreadable input. */
  usage: 2,
  /** A bug in jitscope (EX_SOFTWARE). */
  internal: 70,
} as const;

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: string[], io: CliIO): number | Promise<number>;
}
