/**
 * `run FILE --entry NAME --inputs JSON [--mode script|trace] [--method M] [--init-args JSON]`:
 * compiles (or traces, on the inputs) the entry and prints what calling it on the inputs returns,
 * in the encoding of ../shared/conformance/FORMAT.md.
 */
import { compileEntry } from '../../api/session';
import { encodeValue } from '../../api/values';
import type { IValue } from '../../runtime/ivalue';
import { EXIT, type CliIO, type Command } from '../io';
import { decodeLoose, parseEntryArgs, readEntrySource, reportDiagnostics } from './graph';

function decodeList(text: string | undefined, what: string): IValue[] | string {
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return `${what} must be a JSON array`;
    return parsed.map(decodeLoose);
  } catch {
    return `${what} is not valid JSON or not in the conformance encoding`;
  }
}

// `--inputs` and `--mode` are this command's own; the rest is the entry syntax graph and code share.
function splitArgs(args: string[]): { rest: string[]; inputs?: string; mode: string } {
  const rest: string[] = [];
  let inputs: string | undefined;
  let mode = 'script';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--inputs') inputs = args[++i] ?? '';
    else if (args[i] === '--mode') mode = args[++i] ?? '';
    else rest.push(args[i]!);
  }
  return { rest, ...(inputs === undefined ? {} : { inputs }), mode };
}

export const runCommand: Command = {
  name: 'run',
  usage: 'run FILE --entry NAME --inputs JSON [--mode script|trace] [--method M] [--init-args JSON]',
  summary: 'compile (script) or trace an entry of FILE, call it on --inputs and print the output encoded as in FORMAT.md',
  run(args: string[], io: CliIO): number {
    const { rest, inputs, mode } = splitArgs(args);
    let parsed = parseEntryArgs(rest, []);
    if (typeof parsed !== 'string' && inputs === undefined) parsed = 'expected --inputs JSON';
    if (typeof parsed !== 'string' && mode !== 'script' && mode !== 'trace') parsed = '--mode is script or trace';
    const read = readEntrySource('run', runCommand.usage, parsed, io);
    if (!read) return EXIT.usage;
    const { a, source } = read;
    const values = decodeList(inputs, '--inputs');
    const initArgs = decodeList(JSON.stringify(a.initArgs), '--init-args');
    if (typeof values === 'string' || typeof initArgs === 'string') {
      io.err(`jitscope run: ${typeof values === 'string' ? values : initArgs}`);
      return EXIT.usage;
    }
    const compiled = compileEntry({
      source,
      fileName: a.file,
      mode: mode as 'script' | 'trace',
      entry: a.entry,
      ...(a.method ? { method: a.method } : {}),
      initArgs,
      exampleInputs: values,
    });
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    reportDiagnostics(io, a.file, compiled.warnings);
    if (!compiled.entry || errors.length > 0) {
      reportDiagnostics(io, a.file, errors.length > 0 ? errors : compiled.diagnostics);
      return EXIT.diagnostics;
    }
    let output: IValue;
    try {
      output = compiled.entry.call(values);
    } catch (e) {
      io.err(e instanceof Error ? `${e.name === 'Error' ? 'RuntimeError' : e.name}: ${e.message}` : String(e));
      return EXIT.diagnostics;
    }
    io.out(JSON.stringify(encodeValue(output)));
    return EXIT.ok;
  },
};
