// Python functions: creating them from `def`/`lambda`, binding call arguments, running the body.
import type { FunctionDef, Lambda } from '../lang/ast';
import { DictValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { Frame } from './frame';
import { scopeOf } from './frame';
import type { Namespace, PyValue } from './objects';
import { PyFunction, asIValue, tupleOf } from './objects';
import { pyError } from './errors';

/** Evaluates the defaults of `def`/`lambda` and builds the function object. */
export function makeFunction(it: Interpreter, frame: Frame, node: FunctionDef | Lambda): PyFunction {
  const defaults = node.args.defaults.map((d) => it.eval(frame, d));
  const kwDefaults = new Map<string, PyValue>();
  node.args.kwonlyargs.forEach((a, i) => {
    const d = node.args.kwDefaults[i];
    if (d) kwDefaults.set(a.arg, it.eval(frame, d));
  });
  const name = node.kind === 'FunctionDef' ? node.name : '<lambda>';
  // A def nested in a function closes over that function's locals (and its closure).
  const closure = frame.scope ? { locals: frame.locals, parent: frame.closure } : frame.closure;
  const outer = frame.func ? `${frame.func.qualname}.<locals>.` : frame.funcName !== '<module>' ? `${frame.funcName}.` : '';
  return new PyFunction(name, outer + name, node, frame.globals, closure, defaults, kwDefaults, frame.fileName);
}

/** Python's argument binding: positional, keyword, defaults, `*args`, `**kwargs`, with CPython's messages. */
export function bindArguments(fn: PyFunction, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): Namespace {
  const a = fn.node.args;
  const name = `${fn.qualname}()`;
  const positional = [...a.posonlyargs, ...a.args];
  const locals: Namespace = new Map();
  const nPos = positional.length;
  if (args.length > nPos && !a.vararg) {
    const nDef = a.defaults.length;
    const takes = nDef > 0 ? `from ${nPos - nDef} to ${nPos}` : `${nPos}`;
    const plural = nPos === 1 && nDef === 0 ? 'argument' : 'arguments';
    throw pyError('TypeError', `${name} takes ${takes} positional ${plural} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < Math.min(args.length, nPos); i++) locals.set(positional[i]!.arg, args[i]!);
  if (a.vararg) locals.set(a.vararg.arg, tupleOf(args.slice(nPos)));
  const extra = a.kwarg ? new DictValue() : null;
  for (const [k, v] of kwargs) {
    const p = positional.findIndex((x) => x.arg === k);
    if (p >= 0 && p < a.posonlyargs.length) {
      if (extra) extra.map.set(k, asIValue(v));
      else throw pyError('TypeError', `${name} got some positional-only arguments passed as keyword arguments: '${k}'`);
      continue;
    }
    if (p >= 0 || a.kwonlyargs.some((x) => x.arg === k)) {
      if (locals.has(k)) throw pyError('TypeError', `${name} got multiple values for argument '${k}'`);
      locals.set(k, v);
    } else if (extra) extra.map.set(k, asIValue(v));
    else throw pyError('TypeError', `${name} got an unexpected keyword argument '${k}'`);
  }
  const firstDefault = nPos - a.defaults.length;
  const missing: string[] = [];
  positional.forEach((p, i) => {
    if (locals.has(p.arg)) return;
    if (i >= firstDefault) locals.set(p.arg, fn.defaults[i - firstDefault]!);
    else missing.push(p.arg);
  });
  if (missing.length > 0) throw missingError(name, missing, 'positional');
  const missingKw: string[] = [];
  for (const k of a.kwonlyargs) {
    if (locals.has(k.arg)) continue;
    const d = fn.kwDefaults.get(k.arg);
    if (d === undefined) missingKw.push(k.arg);
    else locals.set(k.arg, d);
  }
  if (missingKw.length > 0) throw missingError(name, missingKw, 'keyword-only');
  if (a.kwarg) locals.set(a.kwarg.arg, extra!);
  return locals;
}

function missingError(name: string, names: string[], kind: string) {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return pyError('TypeError', `${name} missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

/** Calls a Python function: binds the arguments and runs the body in a new frame. */
export function callFunction(it: Interpreter, fn: PyFunction, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue {
  const locals = bindArguments(fn, args, kwargs);
  const frame: Frame = {
    fileName: fn.fileName,
    funcName: fn.name,
    line: fn.node.range.start.line,
    locals,
    globals: fn.globals,
    scope: scopeOf(fn.node),
    closure: fn.closure,
    func: fn,
    handling: undefined,
  };
  return it.withFrame(frame, () => {
    if (fn.node.kind === 'Lambda') return it.eval(frame, fn.node.body);
    const c = it.exec(frame, fn.node.body);
    return c?.kind === 'return' ? c.value : null;
  });
}
