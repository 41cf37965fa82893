/** In-memory files and output for the CLI's tests (no process, no disk). */
import type { CliIO, Command } from '../io';

export function memoryIO(files: Record<string, string> = {}): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[p]!;
    },
  };
  return { io, out, err };
}

/** Runs a command against in-memory files, for the command tests. */
export function runWith(command: Command, args: string[], files: Record<string, string>): { status: number; out: string[]; err: string[] } {
  const { io, out, err } = memoryIO(files);
  const status = command.run(args, io) as number;
  return { status, out, err };
}
