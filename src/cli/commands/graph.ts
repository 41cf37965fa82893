/**
 * `graph FILE --entry NAME [--method M] [--inlined] [--repeat N] [--init-args JSON]`:
 * script-compile a function or an nn.Module class of FILE and print its `.graph`
 * (or `.inlined_graph`). `--repeat N` compiles N times from scratch and prints the timing to stderr.
 * The argument parsing and compiling are shared with `code`.
 */
// Operator schemas are registered by the kernel modules, and the compiler matches against them.
import '../../ops';
import type { Graph } from '../../ir/graph';
import { compileEntry } from '../../api/session';
import { decodeValue, type Encoded } from '../../api/values';
import { formatDiagnostic } from '../../lang/source';
import type { Diagnostic } from '../../lang/source';
import type { IValue } from '../../runtime/ivalue';
import type { ScriptDiagnostic } from '../../script/errors';
import { EXIT, type CliIO, type Command } from '../io';

export interface EntryArgs {
  file: string;
  entry: string;
  method?: string;
  inlined: boolean;
  repeat: number;
  initArgs: unknown[];
}

/** Parses `FILE --entry NAME [--method M] [--init-args JSON]` plus the flags `allowed` lists. */
export function parseEntryArgs(args: string[], allowed: readonly string[]): EntryArgs | string {
  const out: EntryArgs = { file: '', entry: '', inlined: false, repeat: 1, initArgs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => args[++i];
    if (a.startsWith('--') && !['--entry', '--method', '--init-args', ...allowed].includes(a)) return `unknown option ${a}`;
    if (a === '--entry') out.entry = value() ?? '';
    else if (a === '--method') out.method = value();
    else if (a === '--inlined') out.inlined = true;
    else if (a === '--repeat') out.repeat = Number(value());
    else if (a === '--init-args') {
      try {
        const parsed: unknown = JSON.parse(value() ?? '');
        if (!Array.isArray(parsed)) return '--init-args must be a JSON array';
        out.initArgs = parsed;
      } catch {
        return '--init-args is not valid JSON';
      }
    } else if (!out.file) out.file = a;
    else return `unexpected argument ${a}`;
  }
  if (!out.file || !out.entry) return 'expected a file and --entry NAME';
  if (!Number.isInteger(out.repeat) || out.repeat < 1) return '--repeat takes a positive integer';
  return out;
}

/** An encoded value (FORMAT.md), or a bare JSON scalar (`3` is an int, `1.5` a float). */
export function decodeLoose(v: unknown): IValue {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(decodeLoose);
  return decodeValue(v as Encoded);
}

export interface CompiledForCli {
  graph?: Graph;
  inlinedGraph?: Graph;
  code?: string;
  diagnostics: readonly (Diagnostic | ScriptDiagnostic)[];
}

/**
 * Compiles the entry (a function, or a module class constructed with --init-args) through the
 * session, so its free names resolve through the program's globals as in the playground.
 */
export function compileEntryArgs(source: string, a: EntryArgs): CompiledForCli {
  const result = compileEntry({
    source,
    fileName: a.file,
    mode: 'script',
    entry: a.entry,
    ...(a.method ? { method: a.method } : {}),
    initArgs: a.initArgs.map(decodeLoose),
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.entry || errors.length > 0) return { diagnostics: errors.length > 0 ? errors : result.diagnostics };
  const { graph, inlinedGraph, code } = result.entry;
  return { graph, ...(inlinedGraph ? { inlinedGraph } : {}), ...(code !== undefined ? { code } : {}), diagnostics: result.diagnostics };
}

/** Prints diagnostics in the file each points into (a library file when the error is inside torch.nn). */
export function reportDiagnostics(io: CliIO, file: string, diagnostics: readonly (Diagnostic | ScriptDiagnostic)[]): void {
  for (const d of diagnostics) {
    const script = d as Partial<ScriptDiagnostic>;
    io.err(formatDiagnostic(script.fileName ?? file, d));
    if (script.torchText) io.err(script.torchText.trimEnd());
  }
}

/** Reads the file; prints the usage or read error and returns undefined on failure. */
export function readEntrySource(name: string, usage: string, parsed: EntryArgs | string, io: CliIO): { a: EntryArgs; source: string } | undefined {
  if (typeof parsed === 'string') {
    io.err(`jitscope ${name}: ${parsed} (usage: jitscope ${usage})`);
    return undefined;
  }
  try {
    return { a: parsed, source: io.readFile(parsed.file) };
  } catch {
    io.err(`jitscope ${name}: cannot read ${parsed.file}`);
    return undefined;
  }
}

export const graphCommand: Command = {
  name: 'graph',
  usage: 'graph FILE --entry NAME [--method M] [--inlined] [--repeat N] [--init-args JSON]',
  summary: 'script-compile a function or nn.Module class of FILE and print its .graph',
  run(args: string[], io: CliIO): number {
    const read = readEntrySource('graph', graphCommand.usage, parseEntryArgs(args, ['--inlined', '--repeat']), io);
    if (!read) return EXIT.usage;
    const { a, source } = read;
    const start = performance.now();
    let result = compileEntryArgs(source, a);
    for (let i = 1; i < a.repeat; i++) result = compileEntryArgs(source, a);
    const elapsed = performance.now() - start;
    if (a.repeat > 1) io.err(`compiled ${a.repeat} times in ${elapsed.toFixed(1)} ms (${(elapsed / a.repeat).toFixed(2)} ms each)`);
    if (!result.graph) {
      reportDiagnostics(io, a.file, result.diagnostics);
      return EXIT.diagnostics;
    }
    const graph = a.inlined ? (result.inlinedGraph ?? result.graph) : result.graph;
    io.out(graph.toString().trimEnd());
    return EXIT.ok;
  },
};
