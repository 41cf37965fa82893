// Expression evaluation.
import type { Comprehension, Expr, JoinedStr } from '../lang/ast';
import { DictValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { Frame } from './frame';
import type { PyValue } from './objects';
import { PyEllipsis, PyIterator, PySlice, PySuper, asIValue, tupleOf, PyClass } from './objects';
import { pyError } from './errors';
import { lookupName } from './statements';
import { assignTarget } from './assign';
import { makeFunction } from './functions';
import { formatValue } from './format_spec';
import { dictKey } from './containers';
import { PySet } from './sets';

export function evalExpr(it: Interpreter, frame: Frame, e: Expr): PyValue {
  switch (e.kind) {
    case 'Constant':
      return e.type === 'Ellipsis' ? PyEllipsis.instance : e.value;
    case 'Name':
      return lookupName(it, frame, e.id);
    case 'BinOp':
      return it.binary(e.op, evalExpr(it, frame, e.left), evalExpr(it, frame, e.right));
    case 'UnaryOp':
      return it.unary(e.op, evalExpr(it, frame, e.operand));
    case 'BoolOp': {
      let v: PyValue = null;
      for (const x of e.values) {
        v = evalExpr(it, frame, x);
        if (it.truthy(v) === (e.op === 'Or')) return v;
      }
      return v;
    }
    case 'Compare': {
      let left = evalExpr(it, frame, e.left);
      let result: PyValue = true;
      for (let i = 0; i < e.ops.length; i++) {
        const right = evalExpr(it, frame, e.comparators[i]!);
        result = it.compare(e.ops[i]!, left, right);
        if (i < e.ops.length - 1 && !it.truthy(result)) return result;
        left = right;
      }
      return result;
    }
    case 'IfExp':
      return evalExpr(it, frame, it.truthy(evalExpr(it, frame, e.test)) ? e.body : e.orelse);
    case 'Lambda':
      return makeFunction(it, frame, e);
    case 'Call':
      return evalCall(it, frame, e);
    case 'Attribute':
      return it.getAttr(evalExpr(it, frame, e.value), e.attr);
    case 'Subscript':
      return it.getItem(evalExpr(it, frame, e.value), evalExpr(it, frame, e.slice));
    case 'Slice': {
      const part = (x: Expr | null) => (x === null ? null : evalExpr(it, frame, x));
      return new PySlice(part(e.lower), part(e.upper), part(e.step));
    }
    case 'Tuple':
      return tupleOf(evalElements(it, frame, e.elts));
    case 'List':
      return evalElements(it, frame, e.elts);
    case 'Set':
      return new PySet(it, evalElements(it, frame, e.elts));
    case 'Dict': {
      const d = new DictValue();
      e.keys.forEach((k, i) => {
        const v = evalExpr(it, frame, e.values[i]!);
        if (k === null) {
          if (!(v instanceof DictValue)) throw pyError('TypeError', `'${it.typeName(v)}' object is not a mapping`);
          for (const [kk, vv] of v.map) d.map.set(kk, vv);
        } else d.map.set(dictKey(it, evalExpr(it, frame, k)), asIValue(v));
      });
      return d;
    }
    case 'ListComp':
      return comprehension(it, frame, e.generators, (f, out) => out.push(evalExpr(it, f, e.elt)));
    case 'GeneratorExp': {
      const items = comprehension(it, frame, e.generators, (f, out) => out.push(evalExpr(it, f, e.elt)));
      return new PyIterator(items[Symbol.iterator]());
    }
    case 'SetComp':
      return new PySet(it, comprehension(it, frame, e.generators, (f, out) => out.push(evalExpr(it, f, e.elt))));
    case 'DictComp': {
      const d = new DictValue();
      comprehension(it, frame, e.generators, (f) => {
        d.map.set(dictKey(it, evalExpr(it, f, e.key)), asIValue(evalExpr(it, f, e.value)));
      });
      return d;
    }
    case 'JoinedStr':
      return joinedStr(it, frame, e);
    case 'FormattedValue':
      return joinedStr(it, frame, { kind: 'JoinedStr', values: [e], range: e.range });
    case 'Starred':
      throw pyError('SyntaxError', "can't use starred expression here");
  }
}

function evalElements(it: Interpreter, frame: Frame, elts: readonly Expr[]): PyValue[] {
  const out: PyValue[] = [];
  for (const x of elts) {
    if (x.kind === 'Starred') out.push(...it.iterate(evalExpr(it, frame, x.value)));
    else out.push(evalExpr(it, frame, x));
  }
  return out;
}

function evalCall(it: Interpreter, frame: Frame, e: Extract<Expr, { kind: 'Call' }>): PyValue {
  const f = evalExpr(it, frame, e.func);
  const args = evalElements(it, frame, e.args);
  const kwargs = new Map<string, PyValue>();
  for (const k of e.keywords) {
    const v = evalExpr(it, frame, k.value);
    if (k.arg !== null) kwargs.set(k.arg, v);
    else if (v instanceof DictValue) for (const [kk, vv] of v.map) kwargs.set(String(kk), vv);
    else throw pyError('TypeError', `argument after ** must be a mapping, not ${it.typeName(v)}`);
  }
  // Zero-argument super() reads the defining class and the first argument of the running method.
  if (f === it.builtins.get('super') && args.length === 0) return zeroArgSuper(frame);
  return it.call(f, args, kwargs);
}

function zeroArgSuper(frame: Frame): PyValue {
  const fn = frame.func;
  const cls = fn?.definingClass;
  const first = fn?.node.args.args[0] ?? fn?.node.args.posonlyargs[0];
  if (!fn || !cls || !first) throw pyError('RuntimeError', 'super(): no arguments');
  const self = frame.locals.get(first.arg);
  if (self === undefined) throw pyError('RuntimeError', 'super(): arg[0] deleted');
  return new PySuper(cls, self instanceof PyClass ? self : self);
}

/** Runs comprehension clauses in their own scope (Python 3), calling `body` for each element. */
function comprehension(it: Interpreter, frame: Frame, gens: readonly Comprehension[], body: (f: Frame, out: PyValue[]) => void): PyValue[] {
  const out: PyValue[] = [];
  const inner: Frame = {
    ...frame,
    locals: new Map(),
    scope: null,
    closure: { locals: frame.locals, parent: frame.closure },
  };
  const loop = (i: number, f: Frame): void => {
    if (i === gens.length) {
      body(f, out);
      return;
    }
    const g = gens[i]!;
    // The first iterable is evaluated in the enclosing scope, as in Python.
    const iterable = evalExpr(it, i === 0 ? frame : f, g.iter);
    for (const v of it.iterate(iterable)) {
      it.step(frame);
      assignTarget(it, f, g.target, v);
      if (g.ifs.every((c) => it.truthy(evalExpr(it, f, c)))) loop(i + 1, f);
    }
  };
  loop(0, inner);
  return out;
}

function joinedStr(it: Interpreter, frame: Frame, e: JoinedStr): string {
  let s = '';
  for (const part of e.values) {
    if (part.kind === 'Constant') {
      s += String(part.value);
      continue;
    }
    let v = evalExpr(it, frame, part.value);
    if (part.conversion === 'r' || part.conversion === 'a') v = it.repr(v);
    else if (part.conversion === 's') v = it.str(v);
    const spec = part.formatSpec ? joinedStr(it, frame, part.formatSpec) : '';
    s += formatValue(it, v, spec);
  }
  return s;
}
