/** The trace half of the session: torch.jit.trace of a function or a module on example inputs. */
import { PyClass, PyException, PyFunction, StepBudgetExceeded, type Interpreter, type PyInstance, type PyValue } from '../eager';
import type { Diagnostic } from '../lang/source';
import type { TracerWarning } from '../trace/warnings';
import { installJitHooks, traceValue } from './jit_hooks';
import { instantiate, loadProgram, lookupEntry, prepareInstance, programInstanceOf } from './program';
import { entryFailure, type EntryRequest, type EntryResult } from './session';

/** The whole of line `line` (1-based) of `source`, from its first non-blank character. */
function lineRange(source: string, line: number): Diagnostic['range'] {
  const lines = source.split('\n');
  const n = Math.min(Math.max(line, 1), Math.max(lines.length, 1));
  let offset = 0;
  for (let i = 0; i < n - 1; i++) offset += lines[i]!.length + 1;
  const text = lines[n - 1] ?? '';
  const col = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return { start: { line: n, col, offset: offset + col }, end: { line: n, col: end, offset: offset + end } };
}

function warningDiagnostic(source: string, fileName: string, w: TracerWarning): Diagnostic {
  const line = w.file === fileName ? w.line : 1;
  const where = w.file === fileName ? '' : ` (${w.file}:${w.line})`;
  return { message: `${w.category}: ${w.message}${where}`, range: lineRange(source, line), severity: 'warning', code: 'trace/tracer-warning' };
}

/**
 * The line Python names for the traced callable (`co_firstlineno`): its first decorator or its
 * `def`; for a module class, the traced method's. Errors with no line of the user's file go there.
 */
function definitionLine(found: PyFunction | PyClass, method: string): number | undefined {
  const fn = found instanceof PyClass ? found.lookup(method) : found;
  if (!(fn instanceof PyFunction) || fn.node.kind !== 'FunctionDef') return undefined;
  return Math.min(fn.node.range.start.line, ...fn.node.decoratorList.map((d) => d.range.start.line));
}

// A Python exception raised while constructing or tracing, at the innermost line of the user's file.
function exceptionDiagnostic(it: Interpreter, source: string, fileName: string, e: unknown, fallbackLine = 1): Diagnostic {
  if (e instanceof StepBudgetExceeded) {
    return { message: `StepBudgetExceeded: ${e.message}`, range: lineRange(source, e.fileName === fileName ? e.line : 1), severity: 'error', code: 'trace/step-budget' };
  }
  if (!(e instanceof PyException)) throw e;
  const line = [...e.traceback].reverse().find((t) => t.fileName === fileName)?.line ?? fallbackLine;
  const message = it.exceptionMessage(e);
  const type = e.value.cls.name;
  return { message: message === '' ? type : `${type}: ${message}`, range: lineRange(source, line), severity: 'error', code: 'trace/python-error' };
}

export function traceEntry(request: EntryRequest): EntryResult {
  installJitHooks();
  const { source, fileName } = request;
  // The playground passes the program it already ran; a failure after the entry was
  // defined does not stop the trace (the playground reports the run error itself).
  const program = request.program ?? loadProgram(source, fileName);
  const run = program.run;
  const found = lookupEntry(program, request.entry);
  if (!found && !run.ok) {
    const message = run.exception ? `${run.exception.type}: ${run.exception.message}` : (run.error ?? 'the program failed');
    return { diagnostics: [{ message, range: lineRange(source, run.exception?.line ?? 1), severity: 'error', code: 'trace/program-error' }], warnings: [] };
  }
  if (!found) return entryFailure('api/no-entry', `no function or nn.Module class named '${request.entry}'`);
  const it = program.interpreter;
  const warnings: Diagnostic[] = [];
  try {
    let target: PyValue = found;
    if (found instanceof PyClass) {
      // The playground (no init args given) traces the model the program built, if it built one.
      const existing = request.initArgs === undefined ? programInstanceOf(program, found) : undefined;
      target = existing ?? instantiate(program, found, request.initArgs ?? []);
      prepareInstance(it, target as PyInstance, request.params, request.evalMode ?? false);
    }
    const onWarning = (w: TracerWarning): void => void warnings.push(warningDiagnostic(source, fileName, w));
    const traced = traceValue(it, target, request.exampleInputs ?? [], { onWarning }, request.method ?? 'forward');
    const printed = traced.printed;
    return {
      entry: {
        graph: traced.graph,
        inlinedGraph: traced.inlinedGraph,
        code: printed.code,
        codeLines: printed.lines,
        methods: traced.methodGraphs,
        call: (inputs) => traced.call(inputs),
        callAsync: (inputs) => traced.callAsync(inputs),
      },
      diagnostics: [],
      warnings,
    };
  } catch (e) {
    return { diagnostics: [exceptionDiagnostic(it, source, fileName, e, definitionLine(found, request.method ?? 'forward'))], warnings };
  }
}
