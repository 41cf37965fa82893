/**
 * The one call the playground makes (in its worker): run the program's module-level code,
 * compile or trace the chosen entry, and run it on the example inputs. Every stage's
 * problems come back as diagnostics; nothing here throws on user input.
 */
import { parse } from '../lang/parser';
import type { Diagnostic } from '../lang/source';
import { currentBackend } from '../runtime/backend';
import type { IValue } from '../runtime/ivalue';
import { toApiDiagnostic } from './diagnostics';
import { chooseEntry, findEntries } from './entries';
import { findInputs } from './inputs';
import { instantiate, loadProgram, lookupEntry, programInstanceOf, type LoadedProgram } from './program';
import { compileEntry } from './session';
import type { AnalyzeRequest, AnalyzeResult, ApiDiagnostic, EntryInfo, ExprIndex, NameInfo } from './types';
import { buildExprIndex } from './expr_index';
import { buildNameIndex } from './name_index';
import { scriptErrorSite } from './script_error_site';
import { PyClass, PyException } from '../eager';
import { installJitHooks } from './jit_hooks';

/** A diagnostic for a whole line (run-time errors know their line, not their columns). */
function lineDiagnostic(line: number, message: string, stage: ApiDiagnostic['stage'], detail?: string): ApiDiagnostic {
  return {
    severity: 'error',
    message,
    ...(detail === undefined ? {} : { detail }),
    range: { startLine: line, startCol: 0, endLine: line, endCol: 1_000 },
    stage,
  };
}

/** A run-time error as one line: a Python exception as Python prints its last line. */
function errorText(e: unknown, program: LoadedProgram): string {
  if (e instanceof PyException) {
    const message = program.interpreter.exceptionMessage(e);
    return message === '' ? e.value.cls.name : `${e.value.cls.name}: ${message}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Runs the entry eagerly (PYTORCH_JIT=0 semantics) on `inputs`. */
function callEagerly(program: LoadedProgram, entry: EntryInfo, inputs: IValue[]): IValue {
  const target = lookupEntry(program, entry.name);
  if (!target) throw new Error(`${entry.name} is not defined after running the program`);
  // The model the program built, if it built one; else a new instance with no arguments.
  const callee = target instanceof PyClass ? (programInstanceOf(program, target) ?? instantiate(program, target)) : target;
  return program.interpreter.call(callee, [...inputs]) as IValue;
}

/** What is left to do once the program ran and the entry compiled: run it on its inputs. */
interface Prepared {
  readonly result: AnalyzeResult;
  readonly execute?: {
    readonly line: number;
    readonly eager: boolean;
    readonly sync: () => IValue;
    readonly async: () => Promise<IValue>;
    readonly repr: (v: IValue) => string;
    /** An error of the run as one line. */
    readonly describe: (e: unknown) => string;
  };
}

/** The synchronous playground call (CLI, tests): everything on the backend that reads back synchronously. */
export function analyze(request: AnalyzeRequest): AnalyzeResult {
  const p = prepare(request);
  if (!p.execute) return p.result;
  const started = performance.now();
  try {
    return withOutputs(p, p.execute.repr(p.execute.sync()), started, currentBackend().syncName);
  } catch (e) {
    return withError(p, e, started, currentBackend().syncName);
  }
}

/**
 * The worker's call in two stages (Note [Compile before run]): `compiled` holds everything but the
 * entry's outputs, at once; `run()` then runs the entry on the compute backend, which may read back
 * only asynchronously (WebGPU: Note [Async readback]); eager code stays synchronous.
 */
export function analyzeStaged(request: AnalyzeRequest): { readonly compiled: AnalyzeResult; run(): Promise<AnalyzeResult> } {
  const p = prepare(request);
  const execute = p.execute;
  if (!execute) return { compiled: p.result, run: () => Promise.resolve(p.result) };
  const run = async (): Promise<AnalyzeResult> => {
    const started = performance.now();
    const backend = execute.eager ? currentBackend().syncName : currentBackend().name;
    try {
      return withOutputs(p, execute.repr(await execute.async()), started, backend);
    } catch (e) {
      return withError(p, e, started, backend);
    }
  };
  return { compiled: p.result, run };
}

/** Everything but running the entry (the diff's other mode: only its graph and code are shown). */
export function compileOnly(request: AnalyzeRequest): AnalyzeResult {
  return prepare(request).result;
}

/** Both stages, for callers that want only the final result. */
export function analyzeAsync(request: AnalyzeRequest): Promise<AnalyzeResult> {
  return analyzeStaged(request).run();
}

function withOutputs(p: Prepared, outputs: string, started: number, backend: string): AnalyzeResult {
  return { ...p.result, outputs, backend, timings: { ...p.result.timings, execute: performance.now() - started } };
}

function withError(p: Prepared, e: unknown, started: number, backend: string): AnalyzeResult {
  const diagnostics = [...p.result.diagnostics, lineDiagnostic(p.execute!.line, p.execute!.describe(e), 'run')];
  return { ...p.result, diagnostics, backend, timings: { ...p.result.timings, execute: performance.now() - started } };
}

function prepare(request: AnalyzeRequest): Prepared {
  installJitHooks();
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, body: () => T): T => {
    const started = performance.now();
    try {
      return body();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    }
  };
  const fileName = request.fileName ?? 'main.py';
  const parsed = time('parse', () => parse(request.source, fileName));
  const entries = findEntries(parsed.module);
  const entry = chooseEntry(entries, request.entry);
  const diagnostics: ApiDiagnostic[] = parsed.diagnostics.map((d) => toApiDiagnostic(d, 'parse'));
  const base = { entries, entry: entry?.name ?? null, mode: request.mode, backend: currentBackend().syncName, timings };
  if (parsed.diagnostics.length > 0) return { result: { ...base, diagnostics, stdout: '' } };

  const program = time('run', () => loadProgram(request.source, fileName, { jit: request.mode !== 'eager' }));
  const { run } = program;
  let siteDiagnostic: ApiDiagnostic | undefined;
  if (!run.ok) {
    const line = run.exception?.line ?? 1;
    const message = run.exception ? `${run.exception.type}: ${run.exception.message}` : 'the program failed';
    diagnostics.push(lineDiagnostic(line, message, 'run', run.error));
    // A TorchScript error of the program's own torch.jit.script call: also mark the line it names.
    const site = scriptErrorSite(message, fileName);
    if (site && site.startLine !== line) {
      siteDiagnostic = { severity: 'error', message, range: site, stage: 'compile' };
      diagnostics.push(siteDiagnostic);
    }
  }
  // Warnings of the module-level code (a TracerWarning of the program's own torch.jit.trace call).
  for (const w of program.interpreter.warnings) {
    if (w.fileName !== fileName) continue;
    diagnostics.push({ ...lineDiagnostic(w.line, `${w.category}: ${w.message}`, 'run'), severity: 'warning' });
  }
  if (!entry) return { result: { ...base, diagnostics, stdout: run.stdout } };

  const found = findInputs(program, request.inputs);
  if (found.error) diagnostics.push(lineDiagnostic(entry.line, found.error, 'run'));
  const inputs = found.inputs;
  const result: { graph?: string; inlinedGraph?: string; code?: string; codeLines?: (number | null)[]; names?: NameInfo[]; exprs?: ExprIndex; methods?: Record<string, string> } = {};
  const repr = (v: IValue): string => program.interpreter.repr(v);
  const describe = (e: unknown): string => errorText(e, program);

  if (request.mode === 'eager') {
    const done = { result: { ...base, diagnostics, stdout: run.stdout } };
    if (!inputs) return done;
    const sync = (): IValue => callEagerly(program, entry, inputs);
    return { ...done, execute: { line: entry.line, eager: true, sync, async: async () => sync(), repr, describe } };
  }

  if (request.mode === 'trace' && !inputs) {
    diagnostics.push(lineDiagnostic(entry.line, `tracing ${entry.name} needs example inputs: define example_inputs = (...) or type them in the inputs box`, 'trace'));
    return { result: { ...base, diagnostics, stdout: run.stdout } };
  }
  const stage = request.mode === 'trace' ? 'trace' : 'compile';
  const compiled = time(stage, () =>
    compileEntry({
      source: request.source,
      fileName,
      mode: request.mode as 'script' | 'trace',
      entry: entry.name,
      ...(request.method ? { method: request.method } : {}),
      ...(inputs ? { exampleInputs: inputs } : {}),
      program,
    }),
  );
  // A diagnostic with no source position (e.g. "constructing X failed") is shown on the entry's line.
  const placed = (d: Diagnostic): Diagnostic =>
    d.range.start.offset === 0 && d.range.end.offset === 0 && d.range.start.line === 1 && d.range.end.line === 1
      ? { ...d, range: { start: { line: entry.line, col: 0, offset: 0 }, end: { line: entry.line, col: 1_000, offset: 0 } } }
      : d;
  const toApi = (d: Diagnostic): ApiDiagnostic => toApiDiagnostic(placed(d), stage, 'torchText' in d ? String(d.torchText) : undefined);
  diagnostics.push(...compiled.diagnostics.map(toApi), ...compiled.warnings.map(toApi));
  // The entry's own compile error already marks the line the program's script call names.
  const site = siteDiagnostic?.range;
  if (site && compiled.diagnostics.some((d) => d.range.start.line === site.startLine)) diagnostics.splice(diagnostics.indexOf(siteDiagnostic!), 1);
  const e = compiled.entry;
  if (e) {
    result.graph = e.graph.toString();
    if (e.inlinedGraph) result.inlinedGraph = e.inlinedGraph.toString();
    if (e.code !== undefined) result.code = e.code;
    if (e.codeLines) result.codeLines = e.codeLines.map((l) => (l && l.file === fileName ? l.line : null));
    result.names = buildNameIndex(e.graph, fileName);
    const method = request.method ? { method: request.method } : {};
    result.exprs = buildExprIndex({ module: parsed.module, fileName, mode: stage === 'trace' ? 'trace' : 'script', entry: entry.name, ...method }, e);
    if (e.methods) result.methods = Object.fromEntries([...e.methods].map(([name, g]) => [name, g.toString()]));
  }
  const done = { result: { ...base, diagnostics, stdout: run.stdout, ...result } };
  if (!e || !inputs) return done;
  return { ...done, execute: { line: entry.line, eager: false, sync: () => e.call(inputs), async: () => e.callAsync(inputs), repr, describe } };
}
