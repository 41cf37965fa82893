// The eager interpreter: runs a whole program like `python program.py`, PyTorch's eager mode.
import { setDefaultPrint } from '../runtime/interpreter';
import { resetGradMode } from './autograd';
import { resetPrintOptions } from './print_options';
import { parse } from '../lang/parser';
import type { Expr, Module, Stmt } from '../lang/ast';
import type { Frame } from './frame';
import type { Namespace, PyValue , PyModule } from './objects';
import { PyClass } from './objects';
import { PyException, StepBudgetExceeded, exceptionArgs, formatTraceback, pyError, toPyException } from './errors';
import type { TraceEntry } from './errors';
import { execBlock } from './statements';
import { evalExpr } from './expressions';
import { callValue } from './calls';
import { getAttr, setAttr } from './attributes';
import { getItem, setItem } from './subscript';
import { iterate } from './iteration';
import { binaryOp, compareOp, truthy, unaryOp } from './operators';
import { typeName } from './types';
import { reprOf, strOf } from './repr';
import { makeBuiltins } from './builtins';
import { makeModules } from './modules';

/** Where `print` writes: chunks appended in order (the UI and the CLI join them). */
export type OutputSink = string[];

export interface InterpreterOptions {
  /** False for PYTORCH_JIT=0: the torch.jit entry points return their argument. Default true. */
  jit?: boolean;
  /** Statements (and loop iterations) a run may execute before it is stopped. */
  stepBudget?: number;
  /** Receives everything `print` writes. */
  stdout?: OutputSink;
  /** Receives warnings as Python's `warnings` module shows them. */
  stderr?: OutputSink;
}

/** A Python warning (`TracerWarning` from torch.jit.trace, ...) with the line that raised it. */
export interface PyWarning {
  readonly category: string;
  readonly message: string;
  readonly fileName: string;
  readonly line: number;
}

/** The default step budget: generous for real programs, stops a runaway loop in seconds. */
export const DEFAULT_STEP_BUDGET = 20_000_000;

/** The result of running a program: its output and, when it failed, the Python traceback. */
export interface RunResult {
  readonly stdout: string;
  readonly ok: boolean;
  /** The traceback text Python would print to stderr (ends with a newline). */
  readonly error?: string;
  /** The uncaught exception: its class name, message and the innermost line of the main file it passed through. */
  readonly exception?: { readonly type: string; readonly message: string; readonly line: number | null };
  /** The main module's globals after the run (for the api layer to pick entries). */
  readonly globals: Namespace;
}

export class Interpreter {
  readonly stdout: OutputSink;
  readonly jitEnabled: boolean;
  readonly stepBudget: number;
  steps = 0;
  readonly builtins: Namespace;
  /** Importable modules by dotted name (`torch`, `torch.nn`, `math`, `typing`). */
  readonly modules: Map<string, PyModule>;
  /** Source lines of every file run, for tracebacks. */
  private readonly sources = new Map<string, string[]>();
  /** The frames currently running, innermost last. */
  readonly frames: Frame[] = [];
  readonly stderr: OutputSink;
  /** Warnings shown so far, in order. */
  readonly warnings: PyWarning[] = [];
  private readonly warned = new Set<string>();

  constructor(options: InterpreterOptions = {}) {
    this.stdout = options.stdout ?? [];
    this.stderr = options.stderr ?? [];
    this.jitEnabled = options.jit ?? true;
    this.stepBudget = options.stepBudget ?? DEFAULT_STEP_BUDGET;
    this.builtins = makeBuiltins(this);
    this.modules = makeModules(this);
  }

  /** Runs `source` as the `__main__` module. Never throws for user errors. */
  run(source: string, fileName = 'main.py'): RunResult {
    const globals: Namespace = new Map([['__name__', '__main__']]);
    resetGradMode();
    resetPrintOptions();
    const start = this.stdout.length;
    const stdout = () => this.stdout.slice(start).join('');
    const parsed = parse(source, fileName);
    this.sources.set(fileName, source.split('\n'));
    if (parsed.diagnostics.length > 0) {
      const d = parsed.diagnostics[0]!;
      const line = d.range.start.line;
      const text = `  File "${fileName}", line ${line}\n    ${(this.sourceLine(fileName, line) ?? '').trim()}\nSyntaxError: ${d.message}\n`;
      return { stdout: stdout(), ok: false, error: text, exception: { type: 'SyntaxError', message: d.message, line }, globals };
    }
    // Note [Print sink]: scripted code called from here prints to this program's stdout.
    const previousPrint = setDefaultPrint((line) => this.write(`${line}\n`));
    try {
      this.execModule(parsed.module, globals, '__main__');
      return { stdout: stdout(), ok: true, globals };
    } catch (e) {
      const err = toPyException(e);
      const entries = err.traceback;
      const mainLine = [...entries].reverse().find((t) => t.fileName === fileName)?.line ?? null;
      if (err instanceof StepBudgetExceeded) {
        return { stdout: stdout(), ok: false, error: this.formatError(entries, `StepBudgetExceeded: ${err.message}`), exception: { type: 'StepBudgetExceeded', message: err.message, line: mainLine }, globals };
      }
      const type = err.value.cls.name;
      const message = this.exceptionMessage(err);
      const last = message === '' ? type : `${type}: ${message}`;
      return { stdout: stdout(), ok: false, error: this.formatError(entries, last), exception: { type, message, line: mainLine }, globals };
    } finally {
      setDefaultPrint(previousPrint);
    }
  }

  /** Runs a parsed module's statements in `globals` (the program, or a library file of src/nn). */
  execModule(module: Module, globals: Namespace, moduleName: string): void {
    if (!globals.has('__name__')) globals.set('__name__', moduleName);
    const frame: Frame = { fileName: module.fileName, funcName: '<module>', line: 1, locals: globals, globals, scope: null, closure: null, func: null, handling: undefined };
    this.withFrame(frame, () => execBlock(this, frame, module.body));
  }

  /** Registers the text of a library file so tracebacks can show its lines. */
  addSource(fileName: string, source: string): void {
    this.sources.set(fileName, source.split('\n'));
  }

  sourceLine(fileName: string, line: number): string | undefined {
    return this.sources.get(fileName)?.[line - 1];
  }

  /** Runs `body` with `frame` pushed; exceptions leaving it get the frame's traceback entry. */
  withFrame<T>(frame: Frame, body: () => T): T {
    this.frames.push(frame);
    try {
      return body();
    } catch (e) {
      const err = toPyException(e);
      const entry: TraceEntry = { fileName: frame.fileName, funcName: frame.funcName, line: frame.line };
      err.traceback.unshift(entry);
      throw err;
    } finally {
      this.frames.pop();
    }
  }

  /** Counts one step; stops the program when the budget is spent. */
  step(frame: Frame): void {
    if (++this.steps > this.stepBudget) throw new StepBudgetExceeded(this.stepBudget, frame.fileName, frame.line);
  }

  exceptionMessage(err: PyException): string {
    const args = exceptionArgs(err.value);
    if (args.length === 0) return '';
    if (args.length === 1) return err.value.cls.name === 'KeyError' ? this.repr(args[0]!) : this.str(args[0]!);
    return this.str(args.length === 1 ? args[0]! : (this.call(this.builtins.get('tuple')!, [args]) as PyValue));
  }

  private formatError(entries: readonly TraceEntry[], last: string): string {
    return formatTraceback(entries, last, (f, l) => this.sourceLine(f, l));
  }

  // The operations every part of the interpreter shares.

  exec(frame: Frame, body: readonly Stmt[]): ReturnType<typeof execBlock> {
    return execBlock(this, frame, body);
  }
  eval(frame: Frame, e: Expr): PyValue {
    return evalExpr(this, frame, e);
  }
  call(f: PyValue, args: PyValue[], kwargs: Map<string, PyValue> = new Map()): PyValue {
    return callValue(this, f, args, kwargs);
  }
  getAttr(v: PyValue, name: string): PyValue {
    return getAttr(this, v, name);
  }
  /** `getattr(v, name, None)`-style lookup: undefined when missing. */
  tryGetAttr(v: PyValue, name: string): PyValue | undefined {
    try {
      return getAttr(this, v, name);
    } catch (e) {
      if (e instanceof PyException && e.value.cls.name === 'AttributeError') return undefined;
      throw e;
    }
  }
  setAttr(v: PyValue, name: string, value: PyValue): void {
    setAttr(this, v, name, value);
  }
  getItem(v: PyValue, index: PyValue): PyValue {
    return getItem(this, v, index);
  }
  setItem(v: PyValue, index: PyValue, value: PyValue): void {
    setItem(this, v, index, value);
  }
  iterate(v: PyValue): Iterable<PyValue> {
    return iterate(this, v);
  }
  truthy(v: PyValue): boolean {
    return truthy(this, v);
  }
  binary(op: Parameters<typeof binaryOp>[1], a: PyValue, b: PyValue): PyValue {
    return binaryOp(this, op, a, b);
  }
  compare(op: Parameters<typeof compareOp>[1], a: PyValue, b: PyValue): PyValue {
    return compareOp(this, op, a, b);
  }
  unary(op: Parameters<typeof unaryOp>[1], v: PyValue): PyValue {
    return unaryOp(this, op, v);
  }
  /** `type(v).__name__`. */
  typeName(v: PyValue): string {
    return typeName(v);
  }
  repr(v: PyValue): string {
    return reprOf(this, v);
  }
  str(v: PyValue): string {
    return strOf(this, v);
  }
  /** `warnings.warn`: Python's default filter shows a text once per location, on stderr. */
  warn(w: PyWarning): void {
    const key = `${w.fileName}:${w.line}:${w.category}:${w.message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(w);
    const src = this.sourceLine(w.fileName, w.line)?.trim();
    this.stderr.push(`${w.fileName}:${w.line}: ${w.category}: ${w.message}\n${src ? `  ${src}\n` : ''}`);
  }
  /** Writes to the program's stdout. */
  write(text: string): void {
    this.stdout.push(text);
  }
  /** The builtin class named `name` (`int`, `list`, `object`). */
  builtinClass(name: string): PyClass {
    const c = this.builtins.get(name);
    if (!(c instanceof PyClass)) throw pyError('NameError', `name '${name}' is not defined`);
    return c;
  }
}
