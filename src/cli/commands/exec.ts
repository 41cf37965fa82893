/** `exec FILE [--no-jit]`: runs a program like `python FILE`; its stdout as printed, a traceback on error. */
import { Interpreter } from '../../eager/index';
import { installJitHooks } from '../../api/jit_hooks';
import { EXIT, type CliIO, type Command } from '../io';

const USAGE = 'jitscope exec: usage: jitscope exec FILE [--no-jit]';

/** Writes text that already ends with its newline through the line-based IO. */
function emit(write: (line: string) => void, text: string): void {
  if (text === '') return;
  write(text.endsWith('\n') ? text.slice(0, -1) : text);
}

export const execCommand: Command = {
  name: 'exec',
  usage: 'exec FILE [--no-jit]',
  summary: 'run a Python program eagerly (like python FILE); --no-jit is PYTORCH_JIT=0',
  run(args: string[], io: CliIO): number {
    const noJit = args.includes('--no-jit');
    const files = args.filter((a) => a !== '--no-jit');
    if (files.length !== 1 || files[0]!.startsWith('-')) {
      io.err(USAGE);
      return EXIT.usage;
    }
    const file = files[0]!;
    let source: string;
    try {
      source = io.readFile(file);
    } catch {
      io.err(`jitscope exec: cannot read ${file}`);
      return EXIT.usage;
    }
    installJitHooks();
    const stderr: string[] = [];
    const result = new Interpreter({ jit: !noJit, stderr }).run(source, file);
    emit(io.out, result.stdout);
    emit(io.err, stderr.join(''));
    if (result.ok) return EXIT.ok;
    emit(io.err, result.error ?? '');
    return EXIT.diagnostics;
  },
};
