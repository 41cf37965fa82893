/**
 * The CLI's dispatcher. Architecture invariant: no stack trace reaches the user;
 * user errors are diagnostics (exit 1) or usage messages (exit 2), and anything
 * thrown is a bug reported as one `internal error:` line (exit 70).
 */
import { COMMANDS } from './commands';
import { EXIT, type CliIO, type Command } from './io';

export function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'usage: jitscope <command> [args]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function runCli(
  argv: string[],
  io: CliIO,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === '--help' || name === '-h' || name === 'help') {
      io.out(usage(commands));
      return EXIT.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      io.err(name === undefined ? usage(commands) : `jitscope: unknown command '${name}' (try --help)`);
      return EXIT.usage;
    }
    return await command.run(args, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`internal error: ${message.split('\n')[0] ?? ''}`);
    return EXIT.internal;
  }
}
