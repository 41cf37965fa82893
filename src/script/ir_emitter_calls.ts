/**
 * Calls: builtin operators through schema matching, user functions as
 * `prim::CallFunction` on a function constant, methods of modules as
 * `prim::CallMethod`, and Python builtins (print, len, int, min, ...).
 */
import type { Call, Expr, Operator } from '../lang/ast';
import {
  BoolType, FloatType, FunctionType, IntType, NoneType, NumberType, StringType, TensorType, TupleType,
} from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { typeFromExpr } from './annotations';
import { makeSchema } from './compilation_unit';
import { ScriptError, scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { emitAttribute, emitExpr, emitSugared } from './ir_emitter_exprs';
import { matchSchemas } from './schema_matching';
import type { NamedValue } from './schema_matching';
import type { FunctionSource, SpecialForm, SugaredValue } from './sugared_value';
import { emitNoGrad } from './with_statement';
import { emitListComp } from './ir_emitter_comprehension';
import { callMagicMethod } from './script_class';
import { simple } from './sugared_value';

/** Inserts the matched overload of `name` and returns its outputs as a sugared value. */
export function emitBuiltinCall(
  em: FunctionEmitter,
  name: string,
  range: SourceRange,
  self: Value | undefined,
  args: readonly NamedValue[],
  kwargs: readonly NamedValue[],
): SugaredValue {
  const schemas = em.unit.ops.overloads(name);
  if (schemas.length === 0) throw scriptError('unknown-builtin', range, { name });
  const selfArg = self ? { value: self, range } : undefined;
  const m = matchSchemas(em.b, schemas, range, selfArg, args, kwargs);
  const node = em.b.insert(name, m.inputs, m.returnTypes, range);
  node.schema = m.schema;
  if (node.outputs.length === 1) return simple(node.output());
  if (node.outputs.length === 0) return simple(em.b.none());
  const names = m.schema.returns.map((r) => r.name);
  return { kind: 'tuple', items: node.outputs.map(simple), ...(names.every((n) => n) ? { names: names as string[] } : {}) };
}

/** A builtin call with positional values (the emitter's own calls). */
export function callOp(em: FunctionEmitter, name: string, args: readonly Value[], range: SourceRange): Value {
  const named = args.map((value) => ({ value, range }));
  return em.asValue(emitBuiltinCall(em, name, range, undefined, named, []), range);
}

const binaryOps: Readonly<Record<string, string>> = {
  Add: 'aten::add', Sub: 'aten::sub', Mult: 'aten::mul', Div: 'aten::div', FloorDiv: 'aten::floordiv',
  Mod: 'aten::remainder', Pow: 'aten::pow', MatMult: 'aten::matmul', BitAnd: 'aten::__and__',
  BitOr: 'aten::__or__', BitXor: 'aten::__xor__', LShift: 'aten::__lshift__', RShift: 'aten::__rshift__',
  Eq: 'aten::eq', NotEq: 'aten::ne', Lt: 'aten::lt', LtE: 'aten::le', Gt: 'aten::gt', GtE: 'aten::ge',
};

// Reflected forms for `2 * x` (PyTorch's builtin functions `mul(int a, Tensor b)` etc.).
const reflected: Readonly<Record<string, string>> = {
  'aten::add': 'aten::add', 'aten::mul': 'aten::mul', 'aten::sub': 'aten::rsub', 'aten::eq': 'aten::eq',
  'aten::ne': 'aten::ne', 'aten::lt': 'aten::gt', 'aten::le': 'aten::ge', 'aten::gt': 'aten::lt', 'aten::ge': 'aten::le',
};

const isNumber = (t: Type): boolean => t === IntType || t === FloatType || t === NumberType || t === BoolType;

/** A binary operator or comparison on two values. */
export function emitMagic(em: FunctionEmitter, op: Operator | string, l: Value, r: Value, range: SourceRange): Value {
  let name = binaryOps[op]!;
  // Tuple concatenation is by element (LowerSimpleTuples then removes the unpacks).
  if (name === 'aten::add' && l.type instanceof TupleType && r.type instanceof TupleType) {
    const parts = [l, r].flatMap((t) => [...em.b.insert('prim::TupleUnpack', [t], (t.type as TupleType).elements, range).outputs]);
    return em.b.insert1('prim::TupleConstruct', parts, new TupleType(parts.map((p) => p.type)), range);
  }
  // `fmt % args` on a string is aten::percentFormat (a tuple of arguments stays packed).
  if (name === 'aten::remainder' && l.type === StringType) return callOp(em, 'aten::percentFormat', [l, r], range);
  if (name === 'aten::floordiv' && (l.type instanceof TensorType || r.type instanceof TensorType)) name = 'aten::floor_divide';
  if (isNumber(l.type) && r.type instanceof TensorType) {
    const rev = reflected[name];
    if (rev) return callOp(em, rev, [r, l], range);
    if (name === 'aten::div') return callOp(em, 'aten::mul', [callOp(em, 'aten::reciprocal', [r], range), l], range);
  }
  return callOp(em, name, [l, r], range);
}

function emitArgs(em: FunctionEmitter, call: Call, hints: readonly (Type | undefined)[] = []): { args: NamedValue[]; kwargs: NamedValue[] } {
  const args = call.args.map((a, i) => {
    if (a.kind === 'Starred') throw scriptError('unsupported-syntax', a.range, { what: 'Starred arguments' });
    return { value: emitExpr(em, a, hints[i]), range: a.range };
  });
  const kwargs = call.keywords.map((k) => {
    if (!k.arg) throw scriptError('unsupported-syntax', k.range, { what: '**kwargs arguments' });
    return { value: emitExpr(em, k.value), name: k.arg, range: k.value.range };
  });
  return { args, kwargs };
}

export function emitCall(em: FunctionEmitter, call: Call): SugaredValue {
  const head = emitSugared(em, call.func);
  const range = call.func.range;
  switch (head.kind) {
    case 'builtin': {
      const { args, kwargs } = emitArgs(em, call);
      if (head.name.startsWith('$dtype.')) {
        const dtype = em.b.int(Number(head.name.slice(7)), range);
        return emitBuiltinCall(em, 'aten::to', range, head.self, [{ value: dtype, range }, ...args], kwargs);
      }
      return emitBuiltinCall(em, head.name, range, head.self, args, kwargs);
    }
    case 'function': {
      const fn = compileCallee(em, head.fn, call);
      const { args, kwargs } = emitArgs(em, call);
      const m = matchSchemas(em.b, [fn.schema], range, undefined, args, kwargs);
      const callee = em.b.insert1('prim::Constant', [], new FunctionType(head.fn.qualifiedName ?? fn.name));
      callee.node.s_('name', fn.name);
      const out = em.b.insert('prim::CallFunction', [callee, ...m.inputs], m.returnTypes, range);
      return simple(out.output());
    }
    case 'compiled': {
      em.unit.addExternal(head.fn);
      const { args, kwargs } = emitArgs(em, call);
      const m = matchSchemas(em.b, [head.fn.schema], range, undefined, args, kwargs);
      const q = head.fn.qualifiedName;
      const callee = em.b.insert1('prim::Constant', [], new FunctionType(q));
      callee.node.s_('name', q.slice(q.lastIndexOf('.') + 1));
      const out = em.b.insert('prim::CallFunction', [callee, ...m.inputs], m.returnTypes, range);
      return simple(out.output());
    }
    case 'special':
      return emitSpecial(em, head.form, call, range);
    case 'type': {
      if (head.cls) {
        const { args, kwargs } = emitArgs(em, call);
        return em.unit.scriptClass(head.cls).construct(em, args, kwargs, range);
      }
      const t = head.type;
      if (!(t instanceof TupleType && t.names)) break;
      // A NamedTuple's constructor takes its fields (PyTorch's NamedTupleConstructor).
      const params = t.names.map((name, i) => ({ name, type: t.elements[i]!, default: head.defaults?.get(name) ?? null }));
      const { args, kwargs } = emitArgs(em, call);
      const m = matchSchemas(em.b, [makeSchema(head.name, params, t)], range, undefined, args, kwargs);
      return simple(em.b.insert1('prim::TupleConstruct', m.inputs, t, range));
    }
    case 'exception':
      return head;
    case 'object': {
      if (!head.call) break;
      const { args, kwargs } = emitArgs(em, call);
      return head.call(args, kwargs, range);
    }
  }
  throw scriptError('not-callable', range, { what: head.kind === 'value' ? head.value.type.annotationStr() : head.kind });
}

// A callee's error says which call made it compile (PyTorch's "is being compiled since it was called from").
function compileCallee(em: FunctionEmitter, fn: FunctionSource, call: Call): ReturnType<FunctionEmitter['unit']['compileFunction']> {
  try {
    return em.unit.compileFunction(fn, call.func.range);
  } catch (e) {
    if (e instanceof ScriptError) e.callStack.push({ message: `'${fn.name}' is being compiled since it was called from '${em.def.name}'`, range: withoutCloseParen(call.range) });
    throw e;
  }
}

// PyTorch's Apply range stops before the closing parenthesis.
function withoutCloseParen(r: SourceRange): SourceRange {
  return { start: r.start, end: { line: r.end.line, col: r.end.col - 1, offset: r.end.offset - 1 } };
}

const castOps: Partial<Record<SpecialForm, [string, Type]>> = {
  int: ['aten::Int', IntType], float: ['aten::Float', FloatType], bool: ['aten::Bool', BoolType], str: ['aten::str', StringType],
};

function emitSpecial(em: FunctionEmitter, form: SpecialForm, call: Call, range: SourceRange): SugaredValue {
  const positional = (): Value[] => emitArgs(em, call).args.map((a) => a.value);
  switch (form) {
    case 'print': {
      if (call.keywords.length > 0) throw scriptError('print-kwargs', range);
      em.b.insert('prim::Print', positional(), [], call.range);
      return simple(em.b.none());
    }
    case 'len': {
      // A ModuleList, Sequential or ModuleDict has a length known when compiling (a constant, as in PyTorch).
      const arg = call.args.length === 1 && call.args[0]!.kind !== 'Starred' ? emitSugared(em, call.args[0]!) : undefined;
      if (arg?.kind === 'object' && arg.iterate && !arg.value?.type.isSubtypeOf(TensorType.get())) return simple(em.b.int(arg.iterate().length, range));
      if (arg?.kind === 'tuple') return simple(em.b.int(arg.items.length, range));
      if (arg) {
        const v = em.asValue(arg, call.args[0]!.range);
        return simple(callMagicMethod(em, v, '__len__', [], range) ?? callOp(em, 'aten::len', [v], range));
      }
      return simple(callOp(em, 'aten::len', positional(), range));
    }
    case 'int':
    case 'float':
    case 'bool':
    case 'str': {
      const [op, type] = castOps[form]!;
      const args = positional();
      if (args.length === 0) return simple(em.b.constant(form === 'str' ? { kind: 'str', value: '' } : form === 'float' ? { kind: 'float', value: 0 } : form === 'bool' ? { kind: 'bool', value: false } : { kind: 'int', value: 0 }));
      if (args[0]!.type === type && args.length === 1) return simple(args[0]!);
      return simple(callOp(em, op, args, range));
    }
    case 'min':
    case 'max':
      return simple(callOp(em, `prim::${form}`, positional(), range));
    case 'abs': {
      const args = positional();
      return simple(callOp(em, args[0]!.type instanceof TensorType ? 'aten::abs' : 'prim::abs', args, range));
    }
    case 'isinstance':
      return simple(em.b.bool(isInstanceStatic(em, call), range));
    case 'hasattr':
    case 'getattr': {
      // The name must be a string constant; the answer (or the attribute) is known when compiling.
      const [objExpr, nameExpr] = call.args;
      if (!objExpr || nameExpr?.kind !== 'Constant' || typeof nameExpr.value !== 'string') throw scriptError('unsupported-node', range, { what: form });
      const obj = emitSugared(em, objExpr);
      if (form === 'getattr') return emitAttribute(em, obj, nameExpr.value, call.range);
      return simple(em.b.bool(hasAttribute(em, obj, nameExpr.value, call.range), range));
    }
    case 'annotate': {
      const type = typeFromExpr(call.args[0]!, em.types);
      const v = emitExpr(em, call.args[1]!, type);
      if (!v.type.isSubtypeOf(type)) throw scriptError('expected-type', range, { expected: type.annotationStr(), what: 'annotate', actual: v.type.annotationStr() });
      if (v.type === NoneType && type !== NoneType) return simple(em.b.insert1('prim::unchecked_cast', [v], type));
      return simple(v);
    }
    case 'torch.no_grad':
      return emitNoGrad(em, range);
    case 'is_scripting':
      return simple(em.b.bool(true, range));
    case 'range':
      throw scriptError('unsupported-syntax', range, { what: 'range() outside for loops' });
    case 'sum':
    case 'any':
    case 'all':
    case 'round':
    case 'divmod':
    case 'ord':
    case 'chr':
    case 'sorted': {
      const { args, kwargs } = emitArgs(em, call);
      return emitBuiltinCall(em, `aten::${form}`, range, undefined, args, kwargs);
    }
    case 'list': {
      // As PyTorch's prim::list: a list or str is copied by aten::list, other iterables (range,
      // enumerate, zip) become the comprehension `[x for x in it]`.
      const arg = call.args[0];
      const head = arg?.kind === 'Call' && arg.func.kind === 'Name' ? emitSugared(em, arg.func) : undefined;
      if (arg && head?.kind === 'special' && (head.form === 'range' || head.form === 'enumerate' || head.form === 'zip')) {
        const elt: Expr = { kind: 'Name', id: '$_list_item', ctx: 'Load', range: call.range };
        const gen = { kind: 'comprehension' as const, target: { ...elt, ctx: 'Store' as const }, iter: arg, ifs: [], range: call.range };
        return simple(emitListComp(em, { kind: 'ListComp', elt, generators: [gen], range: call.range }));
      }
      return emitBuiltinCall(em, 'aten::list', range, undefined, emitArgs(em, call).args, []);
    }
    default:
      throw scriptError('unsupported-node', range, { what: form });
  }
}

function isInstanceStatic(em: FunctionEmitter, call: Call): boolean {
  const v = emitExpr(em, call.args[0]!);
  const t = call.args[1]!;
  const types = t.kind === 'Tuple' ? t.elts.map((x) => typeFromExpr(x, em.types)) : [typeFromExpr(t as Expr, em.types)];
  return types.some((x) => v.type.isSubtypeOf(x) || (v.type instanceof TupleType && x instanceof TupleType));
}

// hasattr(): a module or script object's attribute or method, found without emitting a read.
function hasAttribute(em: FunctionEmitter, obj: SugaredValue, name: string, range: SourceRange): boolean {
  const block = em.graph.insertBlock();
  const before = block.nodes.length;
  try {
    emitAttribute(em, obj, name, range);
    // Drop what the lookup emitted (a prim::GetAttr): only the answer is wanted.
    for (const n of block.nodes.slice(before).reverse()) if (n.outputs.every((o) => !o.hasUses())) n.destroy();
    return true;
  } catch (e) {
    if (e instanceof ScriptError) return false;
    throw e;
  }
}
