// Statement execution: control flow, assignment, definitions, imports, with/try/raise.
import type { ClassDef, Expr, FunctionDef, Stmt, Try, With } from '../lang/ast';
import type { Interpreter } from './interpreter';
import type { Frame } from './frame';
import { closureLookup } from './frame';
import type { PyValue , PyModule} from './objects';
import { PyClass, PyContextManager, PyDescriptor, PyFunction, PyInstance, PyTypingForm } from './objects';
import { TorchError } from '../runtime/errors';
import { PyException, StepBudgetExceeded, isExceptionClass, makeException, objectClass, pyError } from './errors';
import { makeFunction } from './functions';
import { deleteTarget, assignTarget } from './assign';
import { inplaceOp } from './operators';
import { makeNamedTuple } from './namedtuple';

/** How a block ended other than by falling off its end. */
export type Completion = { kind: 'break' } | { kind: 'continue' } | { kind: 'return'; value: PyValue };

const BREAK: Completion = { kind: 'break' };
const CONTINUE: Completion = { kind: 'continue' };

export function execBlock(it: Interpreter, frame: Frame, body: readonly Stmt[]): Completion | undefined {
  for (const s of body) {
    const c = execStmt(it, frame, s);
    if (c !== undefined) return c;
  }
  return undefined;
}

function execStmt(it: Interpreter, frame: Frame, s: Stmt): Completion | undefined {
  frame.line = s.range.start.line;
  it.step(frame);
  switch (s.kind) {
    case 'ExprStmt':
      it.eval(frame, s.value);
      return undefined;
    case 'Assign': {
      const v = it.eval(frame, s.value);
      for (const t of s.targets) assignTarget(it, frame, t, v);
      return undefined;
    }
    case 'AugAssign':
      execAugAssign(it, frame, s.target, s.op, s.value);
      return undefined;
    case 'AnnAssign':
      if (s.value !== null) assignTarget(it, frame, s.target, it.eval(frame, s.value));
      return undefined;
    case 'Return':
      return { kind: 'return', value: s.value === null ? null : it.eval(frame, s.value) };
    case 'If':
      return it.exec(frame, it.truthy(it.eval(frame, s.test)) ? s.body : s.orelse);
    case 'While':
      while (it.truthy(it.eval(frame, s.test))) {
        const c = it.exec(frame, s.body);
        if (c === BREAK || c?.kind === 'break') return undefined;
        if (c?.kind === 'return') return c;
        frame.line = s.range.start.line;
        it.step(frame);
      }
      return it.exec(frame, s.orelse);
    case 'For': {
      const iterable = it.eval(frame, s.iter);
      for (const v of it.iterate(iterable)) {
        frame.line = s.range.start.line;
        assignTarget(it, frame, s.target, v);
        const c = it.exec(frame, s.body);
        if (c?.kind === 'break') return undefined;
        if (c?.kind === 'return') return c;
      }
      return it.exec(frame, s.orelse);
    }
    case 'Break':
      return BREAK;
    case 'Continue':
      return CONTINUE;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return undefined;
    case 'FunctionDef':
      assignTarget(it, frame, nameTarget(s), defineFunction(it, frame, s));
      return undefined;
    case 'ClassDef':
      assignTarget(it, frame, nameTarget(s), defineClass(it, frame, s));
      return undefined;
    case 'Delete':
      for (const t of s.targets) deleteTarget(it, frame, t);
      return undefined;
    case 'Assert':
      if (!it.truthy(it.eval(frame, s.test))) {
        throw new PyException(makeException(excClass(it, 'AssertionError'), s.msg === null ? [] : [it.eval(frame, s.msg)]));
      }
      return undefined;
    case 'Raise':
      throw raiseValue(it, frame, s.exc);
    case 'Try':
      return execTry(it, frame, s);
    case 'With':
      return execWith(it, frame, s, 0);
    case 'Import':
      for (const a of s.names) {
        const mod = importModule(it, a.name);
        if (a.asname) assignName(it, frame, a.asname, mod);
        else assignName(it, frame, a.name.split('.')[0]!, importModule(it, a.name.split('.')[0]!));
      }
      return undefined;
    case 'ImportFrom': {
      const mod = importModule(it, s.module ?? '');
      for (const a of s.names) {
        if (a.name === '*') {
          for (const [k, v] of mod.dict) if (!k.startsWith('_')) assignName(it, frame, k, v);
          continue;
        }
        const v = it.tryGetAttr(mod, a.name) ?? tryImport(it, `${mod.name}.${a.name}`);
        if (v === undefined) throw pyError('ImportError', `cannot import name '${a.name}' from '${mod.name}' (unknown location)`);
        assignName(it, frame, a.asname ?? a.name, v);
      }
      return undefined;
    }
  }
}

function nameTarget(s: FunctionDef | ClassDef): Expr {
  return { kind: 'Name', id: s.name, ctx: 'Store', range: s.range };
}

function assignName(it: Interpreter, frame: Frame, name: string, v: PyValue): void {
  assignTarget(it, frame, { kind: 'Name', id: name, ctx: 'Store', range: { start: { line: frame.line, col: 0, offset: 0 }, end: { line: frame.line, col: 0, offset: 0 } } }, v);
}

function excClass(it: Interpreter, name: string): PyClass {
  return it.builtinClass(name);
}

function tryImport(it: Interpreter, name: string): PyModule | undefined {
  return it.modules.get(name);
}

function importModule(it: Interpreter, name: string): PyModule {
  const m = it.modules.get(name);
  if (!m) throw pyError('ModuleNotFoundError', `No module named '${name}'`);
  return m;
}

function execAugAssign(it: Interpreter, frame: Frame, target: Expr, op: Parameters<typeof inplaceOp>[1], valueExpr: Expr): void {
  if (target.kind === 'Name') {
    const cur = it.eval(frame, { ...target, ctx: 'Load' });
    assignTarget(it, frame, target, inplaceOp(it, op, cur, it.eval(frame, valueExpr)));
  } else if (target.kind === 'Attribute') {
    const obj = it.eval(frame, target.value);
    const cur = it.getAttr(obj, target.attr);
    it.setAttr(obj, target.attr, inplaceOp(it, op, cur, it.eval(frame, valueExpr)));
  } else if (target.kind === 'Subscript') {
    const obj = it.eval(frame, target.value);
    const index = it.eval(frame, target.slice);
    const cur = it.getItem(obj, index);
    it.setItem(obj, index, inplaceOp(it, op, cur, it.eval(frame, valueExpr)));
  } else {
    throw pyError('SyntaxError', "'tuple' is an illegal expression for augmented assignment");
  }
}

function defineFunction(it: Interpreter, frame: Frame, s: FunctionDef): PyValue {
  const decorators = s.decoratorList.map((d) => it.eval(frame, d));
  let v: PyValue = makeFunction(it, frame, s);
  for (let i = decorators.length - 1; i >= 0; i--) v = it.call(decorators[i]!, [v]);
  return v;
}

function defineClass(it: Interpreter, frame: Frame, s: ClassDef): PyValue {
  const bases = s.bases.map((b) => it.eval(frame, b));
  const decorators = s.decoratorList.map((d) => it.eval(frame, d));
  const ns = new Map<string, PyValue>();
  const moduleName = String(frame.globals.get('__name__') ?? '__main__');
  ns.set('__module__', moduleName);
  const body: Frame = {
    fileName: frame.fileName,
    funcName: s.name,
    line: s.range.start.line,
    locals: ns,
    globals: frame.globals,
    scope: null,
    closure: frame.scope ? { locals: frame.locals, parent: frame.closure } : frame.closure,
    func: null,
    handling: undefined,
  };
  it.withFrame(body, () => it.exec(body, s.body));
  if (bases.some((b) => b instanceof PyTypingForm && b.name === 'NamedTuple')) return makeNamedTuple(it, s, ns);
  const baseClasses = bases.map((b) => {
    if (!(b instanceof PyClass)) throw pyError('TypeError', `bases must be types`);
    return b;
  });
  const cls = new PyClass(s.name, baseClasses.length ? baseClasses : [objectClass], s, frame.globals, {}, moduleName);
  for (const st of s.body) if (st.kind === 'AnnAssign' && st.target.kind === 'Name') cls.annotations.set(st.target.id, st.annotation);
  for (const [k, v] of ns) {
    cls.dict.set(k, v);
    const fn = v instanceof PyDescriptor ? v.fn : v;
    if (fn instanceof PyFunction) fn.definingClass = cls;
  }
  let out: PyValue = cls;
  for (let i = decorators.length - 1; i >= 0; i--) out = it.call(decorators[i]!, [out]);
  return out;
}

function raiseValue(it: Interpreter, frame: Frame, exc: Expr | null): unknown {
  if (exc === null) {
    if (frame.handling === undefined) return pyError('RuntimeError', 'No active exception to reraise');
    return frame.handling;
  }
  let v = it.eval(frame, exc);
  if (v instanceof PyClass && isExceptionClass(v)) v = it.call(v, []);
  if (v instanceof PyInstance && isExceptionClass(v.cls)) return new PyException(v);
  return pyError('TypeError', 'exceptions must derive from BaseException');
}

function handlerMatches(it: Interpreter, frame: Frame, type: Expr | null, exc: PyInstance): boolean {
  if (type === null) return true;
  const t = it.eval(frame, type);
  const types = t instanceof PyClass ? [t] : [...it.iterate(t)];
  return types.some((c) => c instanceof PyClass && exc.cls.isSubclassOf(c));
}

function execTry(it: Interpreter, frame: Frame, s: Try): Completion | undefined {
  let result: Completion | undefined;
  let failure: { error: unknown } | null = null;
  try {
    result = execTryBody(it, frame, s);
  } catch (e) {
    if (e instanceof StepBudgetExceeded) throw e;
    failure = { error: e };
  }
  if (s.finalbody.length > 0) {
    const c = it.exec(frame, s.finalbody);
    // A return/break in `finally` overrides the outcome (and drops the exception), as in Python.
    if (c !== undefined) return c;
  }
  if (failure) throw failure.error;
  return result;
}

function execTryBody(it: Interpreter, frame: Frame, s: Try): Completion | undefined {
  let result: Completion | undefined;
  try {
    result = it.exec(frame, s.body);
  } catch (e) {
    if (e instanceof TorchError) return handle(it, frame, s, pyError(e.kind, e.message));
    if (!(e instanceof PyException)) throw e;
    return handle(it, frame, s, e);
  }
  return result ?? it.exec(frame, s.orelse);
}

function handle(it: Interpreter, frame: Frame, s: Try, e: PyException): Completion | undefined {
  for (const h of s.handlers) {
    if (!handlerMatches(it, frame, h.type, e.value)) continue;
    const saved = frame.handling;
    frame.handling = e;
    try {
      if (h.name) assignName(it, frame, h.name, e.value);
      return it.exec(frame, h.body);
    } finally {
      frame.handling = saved;
      if (h.name) frame.locals.delete(h.name);
    }
  }
  throw e;
}

function execWith(it: Interpreter, frame: Frame, s: With, i: number): Completion | undefined {
  if (i === s.items.length) return it.exec(frame, s.body);
  const item = s.items[i]!;
  const mgr = it.eval(frame, item.contextExpr);
  let entered: PyValue;
  let exit: (failed: PyException | null) => boolean;
  if (mgr instanceof PyContextManager) {
    entered = mgr.enter();
    exit = () => {
      mgr.exit();
      return false;
    };
  } else {
    entered = it.call(it.getAttr(mgr, '__enter__'), []);
    const exitFn = it.getAttr(mgr, '__exit__');
    exit = (failed) => it.truthy(it.call(exitFn, failed ? [failed.value.cls, failed.value, null] : [null, null, null]));
  }
  if (item.optionalVars) assignTarget(it, frame, item.optionalVars, entered);
  let result: Completion | undefined;
  try {
    result = execWith(it, frame, s, i + 1);
  } catch (e) {
    if (e instanceof PyException) {
      if (exit(e)) return undefined;
    } else exit(null);
    throw e;
  }
  exit(null);
  return result;
}

/** Looks a name up in a frame: locals, enclosing functions, globals, builtins (Python's LEGB). */
export function lookupName(it: Interpreter, frame: Frame, name: string): PyValue {
  const scope = frame.scope;
  if (scope !== null && scope.locals.has(name)) {
    const v = frame.locals.get(name);
    if (v === undefined) throw pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
    return v;
  }
  if (scope === null || !scope.globals.has(name)) {
    if (scope === null) {
      const v = frame.locals.get(name);
      if (v !== undefined) return v;
    }
    const c = closureLookup(frame.closure, name);
    if (c !== undefined) return c.get(name)!;
  }
  const g = frame.globals.get(name);
  if (g !== undefined) return g;
  const b = it.builtins.get(name);
  if (b !== undefined) return b;
  throw pyError('NameError', `name '${name}' is not defined`);
}

/** Binds a name in a frame, honouring `global` and `nonlocal`. */
export function storeName(frame: Frame, name: string, v: PyValue): void {
  const scope = frame.scope;
  if (scope?.globals.has(name)) frame.globals.set(name, v);
  else if (scope?.nonlocals.has(name)) (closureLookup(frame.closure, name) ?? frame.locals).set(name, v);
  else frame.locals.set(name, v);
}
