// Python exceptions inside the interpreter, the builtin exception classes, and traceback text.
import { TupleValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import type { PyValue } from './objects';
import { PyClass, PyInstance, tupleOf } from './objects';

/** One line of a traceback: `File "main.py", line 3, in forward`. */
export interface TraceEntry {
  readonly fileName: string;
  readonly funcName: string;
  readonly line: number;
}

// Note [Traceback building]: as in CPython, an exception starts with an empty traceback and each
// frame it propagates out of (function, class body, module) prepends its current line.

/** A Python exception propagating through the interpreter (a JS exception carrying the instance). */
export class PyException extends Error {
  readonly traceback: TraceEntry[] = [];
  constructor(readonly value: PyInstance) {
    super('Python exception');
    this.name = 'PyException';
  }
}

/** Thrown when a program exceeds its step budget; `except` cannot catch it. */
export class StepBudgetExceeded extends Error {
  readonly traceback: TraceEntry[] = [];
  constructor(
    readonly budget: number,
    readonly fileName: string,
    readonly line: number,
  ) {
    super(`the program ran more than ${budget} steps (stopped at line ${line} of ${fileName}); it may loop forever`);
    this.name = 'StepBudgetExceeded';
  }
}

export const objectClass = new PyClass('object', []);

function exceptionClass(name: string, base: PyClass | null): PyClass {
  return new PyClass(name, [base ?? objectClass]);
}

const baseException = exceptionClass('BaseException', null);
const exception = exceptionClass('Exception', baseException);
const arithmetic = exceptionClass('ArithmeticError', exception);
const lookup = exceptionClass('LookupError', exception);
const runtime = exceptionClass('RuntimeError', exception);
const nameError = exceptionClass('NameError', exception);

/** The builtin exception classes by name. */
export const EXCEPTION_CLASSES: ReadonlyMap<string, PyClass> = new Map(
  [
    baseException,
    exception,
    arithmetic,
    lookup,
    runtime,
    nameError,
    exceptionClass('ZeroDivisionError', arithmetic),
    exceptionClass('OverflowError', arithmetic),
    exceptionClass('IndexError', lookup),
    exceptionClass('KeyError', lookup),
    exceptionClass('UnboundLocalError', nameError),
    exceptionClass('NotImplementedError', runtime),
    exceptionClass('RecursionError', runtime),
    exceptionClass('TypeError', exception),
    exceptionClass('ValueError', exception),
    exceptionClass('AttributeError', exception),
    exceptionClass('AssertionError', exception),
    exceptionClass('StopIteration', exception),
    exceptionClass('ImportError', exception),
    exceptionClass('ModuleNotFoundError', exception),
    exceptionClass('KeyboardInterrupt', baseException),
  ].map((c) => [c.name, c]),
);

export function exceptionClassNamed(name: string): PyClass {
  const c = EXCEPTION_CLASSES.get(name);
  if (!c) throw new Error(`no exception class ${name}`);
  return c;
}

export function isExceptionClass(c: PyClass): boolean {
  return c.isSubclassOf(baseException);
}

/** A new exception instance with `args`. */
export function makeException(cls: PyClass, args: PyValue[]): PyInstance {
  const inst = new PyInstance(cls);
  inst.dict.set('args', tupleOf(args));
  return inst;
}

/** `raise KIND(message)` from TypeScript. */
export function pyError(kind: string, message?: string): PyException {
  return new PyException(makeException(exceptionClassNamed(kind), message === undefined ? [] : [message]));
}

/** A JS exception thrown while running user code, as the Python exception it stands for. */
export function toPyException(e: unknown): PyException | StepBudgetExceeded {
  if (e instanceof PyException || e instanceof StepBudgetExceeded) return e;
  if (e instanceof TorchError) return pyError(e.kind, e.message);
  if (e instanceof RangeError && /call stack/i.test(e.message)) return pyError('RecursionError', 'maximum recursion depth exceeded');
  // A bug of ours: still reported as a Python traceback, never a JS stack trace.
  const msg = e instanceof Error ? e.message : String(e);
  return pyError('RuntimeError', `internal error: ${msg}`);
}

/** The exception's `args`. */
export function exceptionArgs(exc: PyInstance): PyValue[] {
  const args = exc.dict.get('args');
  return args instanceof TupleValue ? (args.elements as PyValue[]) : [];
}

/**
 * The whole uncaught-exception report, as CPython prints it:
 * `Traceback (most recent call last):` then one `File ...` entry (with its source line) per frame.
 */
export function formatTraceback(entries: readonly TraceEntry[], lastLine: string, sourceLine: (file: string, line: number) => string | undefined): string {
  const out = ['Traceback (most recent call last):'];
  for (const e of entries) {
    out.push(`  File "${e.fileName}", line ${e.line}, in ${e.funcName}`);
    const src = sourceLine(e.fileName, e.line);
    if (src !== undefined && src.trim() !== '') out.push(`    ${src.trim()}`);
  }
  out.push(lastLine);
  return out.join('\n') + '\n';
}
