/**
 * `with` statements, after emitWith in ir_emitter.cpp: each item's object is
 * entered with prim::Enter, the body is emitted in the enclosing scope, and
 * the objects are left with prim::Exit in reverse order. The one context
 * manager TorchScript 1.13 programs use is `torch.no_grad()`, a TorchScript
 * class whose `__init__` the compilation unit gets from here.
 */
import type { Stmt, With } from '../lang/ast';
import { ClassType, NoneType, TensorType } from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { libraryMethodGraph, noGradClassName } from '../runtime/interpreter/library';
import { makeSchema } from './compilation_unit';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import type { Flow } from './ir_emitter_control';
import { emitExpr } from './ir_emitter_exprs';
import { simple } from './sugared_value';
import type { SugaredValue } from './sugared_value';

const noGradName = noGradClassName;

/** `torch.no_grad()`: prim::CreateObject, then its `__init__` (which sets `self.prev = False`). */
export function emitNoGrad(em: FunctionEmitter, range: SourceRange): SugaredValue {
  const type = new ClassType(noGradName);
  const key = `${noGradName}.__init__`;
  if (!em.unit.methods.has(key)) {
    const graph = libraryMethodGraph(noGradName, '__init__', true)!;
    em.unit.methods.set(key, { graph, schema: makeSchema('__init__', [{ name: 'self', type, default: null }], NoneType) });
  }
  const obj = em.b.insert1('prim::CreateObject', [], type, range);
  em.b.insert1('prim::CallMethod', [obj], NoneType, range).node.s_('name', '__init__');
  return simple(obj);
}

export function emitWith(em: FunctionEmitter, s: With): void {
  const entered = enterItems(em, s);
  for (const st of s.body) em.emitStatement(st);
  exitItems(em, entered);
}

/**
 * A `with` whose body may return, break or continue. Note [With blocks]: the printer reads the
 * nodes between Enter and Exit as the body, so the body's exits are lowered inside it to an exited
 * flag and values (Note [Exits]), the objects are left, and the caller guards what follows.
 */
export function emitWithExits(em: FunctionEmitter, s: With, body: (stmts: readonly Stmt[]) => Flow): Flow {
  const entered = enterItems(em, s);
  const flow = body(s.body);
  exitItems(em, entered);
  return flow;
}

function enterItems(em: FunctionEmitter, s: With): Value[] {
  const entered: Value[] = [];
  for (const item of s.items) {
    const obj = emitExpr(em, item.contextExpr);
    if (!(obj.type instanceof ClassType)) throw scriptError('with-object', item.contextExpr.range);
    const enter = em.b.insert1('prim::Enter', [obj], enterType(em, obj.type, item.contextExpr.range));
    entered.push(obj);
    if (item.optionalVars) em.assignTo(item.optionalVars, simple(enter));
  }
  return entered;
}

// A script class used as a context manager needs __enter__ and __exit__; prim::Enter gives what __enter__ returns.
function enterType(em: FunctionEmitter, type: ClassType, range: SourceRange): Type {
  const cls = em.unit.classes.get(type.qualifiedName);
  if (!cls) return NoneType;
  if (!cls.source.methods.has('__enter__') || !cls.source.methods.has('__exit__')) throw scriptError('with-methods', range);
  cls.method('__exit__', range);
  return cls.method('__enter__', range).schema.returns[0]?.type ?? NoneType;
}

function exitItems(em: FunctionEmitter, entered: Value[]): void {
  while (entered.length > 0) em.b.insert1('prim::Exit', [entered.pop()!], TensorType.get()); // typed as PyTorch's graphs print it
}
