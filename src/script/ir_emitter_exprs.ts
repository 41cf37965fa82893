/**
 * Expressions: constants, names, attributes, operators (magic methods become
 * `aten::add`, `aten::__contains__`, ...), `and`/`or`/`x if c else y` as
 * prim::If, container literals and comprehensions. `is None` checks refine
 * Optional variables inside the guarded block (`prim::unchecked_cast`).
 */
import type { BoolOp, Call, Compare, Expr, IfExp } from '../lang/ast';
import {
  BoolType, ClassType, DictType, FloatType, IntType, ListType, NoneType, OptionalType, StringType, TensorType,
  TupleType, UnionType,
} from '../ir/types';
import { unifyTypes } from '../ir/unify';
import type { Type } from '../ir/types';
import { constantValue } from '../ir/constants';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { typeFromExpr } from './annotations';
import { moduleAttr } from './builtins';
import { scriptError, unsupportedNode } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { callOp, emitCall, emitMagic } from './ir_emitter_calls';
import { emitDictComp, emitListComp } from './ir_emitter_comprehension';
import { emitSubscript } from './ir_emitter_subscript';
import type { SugaredValue } from './sugared_value';
import { simple } from './sugared_value';
import { callMagicMethod } from './script_class';
import { meaningfulName } from './environment';

/** A variable whose type is narrower inside a branch (`x is not None`). */
export interface Refinement {
  readonly name: string;
  readonly range: SourceRange;
  apply(): Value;
}

/**
 * Note [Static conditions]: as PyTorch's CondValue, a condition may be known at compile time
 * (`x is None` where x cannot be None, `isinstance` that always holds, a constant). Then `if`
 * emits only the branch taken, so the other branch need not type-check its variables
 * (`self.momentum is None` in BatchNorm when momentum is a float).
 */
export interface Condition {
  readonly value: Value;
  readonly ifTrue: readonly Refinement[];
  readonly ifFalse: readonly Refinement[];
  readonly static?: boolean;
}

export function emitExpr(em: FunctionEmitter, e: Expr, typeHint?: Type): Value {
  return em.asValue(emitSugared(em, e, typeHint), e.range);
}

export function emitSugared(em: FunctionEmitter, e: Expr, typeHint?: Type): SugaredValue {
  switch (e.kind) {
    case 'Constant':
      return simple(emitConstant(em, e));
    case 'Name':
      return em.env.get(e.id, e.range);
    case 'Attribute':
      return emitAttribute(em, emitSugared(em, e.value), e.attr, e.range);
    case 'Call':
      return emitToList(em, e, typeHint) ?? emitCall(em, e);
    case 'BinOp': {
      const l = emitExpr(em, e.left);
      const r = emitExpr(em, e.right);
      return simple(emitMagic(em, e.op, l, r, e.range));
    }
    case 'UnaryOp':
      return simple(emitUnary(em, e.op, e.operand, e.range));
    case 'BoolOp':
      return simple(emitCondition(em, e).value);
    case 'Compare':
      return simple(emitCompare(em, e).value);
    case 'IfExp':
      return simple(emitIfExp(em, e, typeHint));
    case 'Subscript':
      return emitSubscript(em, e);
    case 'Tuple': {
      const hints = typeHint instanceof TupleType ? typeHint.elements : [];
      // PyTorch gives a tuple literal's items no type hint; ours only shape literals, never tolist().
      const items = e.elts.map((x, i) => emitExpr(em, x, isToList(x) ? undefined : hints[i]));
      return simple(em.b.insert1('prim::TupleConstruct', items, new TupleType(items.map((v) => v.type))));
    }
    case 'List':
      return simple(emitList(em, e.elts, e.range, typeHint));
    case 'Dict':
      return simple(emitDict(em, e.keys, e.values, e.range, typeHint));
    case 'ListComp':
      return simple(emitListComp(em, e, typeHint));
    case 'DictComp':
      return simple(emitDictComp(em, e, typeHint));
    case 'JoinedStr': {
      const parts: Value[] = [];
      let fmt = '';
      // As torch/jit/frontend.py's build_JoinedStr: literal parts join the format string as they are.
      const at = { start: e.range.start, end: { ...e.range.start, col: e.range.start.col + 1, offset: e.range.start.offset + 1 } };
      for (const v of e.values) {
        if (v.kind === 'Constant') fmt += String(v.value);
        else {
          if (v.conversion !== null) throw scriptError('fstring-conversion', at);
          if (v.formatSpec !== null) throw scriptError('fstring-format', at);
          fmt += '{}';
          parts.push(emitExpr(em, v.value));
        }
      }
      return simple(callOp(em, 'aten::format', [em.b.constant({ kind: 'str', value: fmt }, e.range), ...parts], e.range));
    }
    default:
      throw unsupportedNode(e.kind, e.range);
  }
}

function emitConstant(em: FunctionEmitter, e: Extract<Expr, { kind: 'Constant' }>): Value {
  switch (e.type) {
    case 'int':
      return em.b.int(e.value >= -(2n ** 63n) && e.value < 2n ** 63n ? (Number.isSafeInteger(Number(e.value)) ? Number(e.value) : e.value) : 0, e.range);
    case 'float':
      return em.b.constant({ kind: 'float', value: e.value }, e.range);
    case 'str':
      return em.b.constant({ kind: 'str', value: e.value }, e.range);
    case 'bool':
      return em.b.bool(e.value, e.range);
    case 'None':
      return em.b.none(e.range);
    default:
      throw scriptError('unsupported-syntax', e.range, { what: 'Ellipsis outside subscripts' });
  }
}

const tensorDtypeMethods: Readonly<Record<string, number>> = {
  float: 6, double: 7, half: 5, int: 3, long: 4, short: 2, char: 1, byte: 0, bfloat16: 15,
};

/** `obj.name`: a module member, a tensor property, a bound method or an object's attribute. */
export function emitAttribute(em: FunctionEmitter, obj: SugaredValue, name: string, range: SourceRange): SugaredValue {
  if (obj.kind === 'pymodule') {
    const found = moduleAttr(obj.name, name);
    if (!found) throw scriptError('module-attribute', range, { module: obj.name, name });
    return found;
  }
  if (obj.kind === 'object') {
    const found = obj.attr(name, range);
    if (!found) throw scriptError('no-attribute', range, { type: obj.describe, name });
    return found;
  }
  // An operator's named returns read by name (`torch.max(x, 0).values`).
  if (obj.kind === 'tuple' && obj.names?.includes(name)) return obj.items[obj.names.indexOf(name)]!;
  // A static method through its class is a free function (PyTorch resolves it in Python).
  const fn = obj.kind === 'type' ? obj.cls?.statics?.get(name) : undefined;
  if (fn) return { kind: 'function', fn };
  if (obj.kind !== 'value') throw scriptError('no-attribute', range, { type: obj.kind, name });
  const v = obj.value;
  if (v.type instanceof TensorType) {
    switch (name) {
      case 'shape':
        return simple(callOp(em, 'aten::size', [v], range));
      case 'dtype':
        return simple(em.b.insert1('prim::dtype', [v], IntType, range));
      case 'device':
        return simple(callOp(em, 'prim::device', [v], range));
      case 'is_cuda':
        return simple(callOp(em, 'prim::is_cuda', [v], range));
      case 'requires_grad':
        return simple(callOp(em, 'prim::requires_grad', [v], range));
      case 'ndim':
        return simple(callOp(em, 'aten::dim', [v], range));
      case 'T':
        return simple(callOp(em, 'aten::numpy_T', [v], range));
      case 'data':
        return simple(callOp(em, 'prim::data', [v], range));
    }
    if (name in tensorDtypeMethods) return { kind: 'builtin', name: `$dtype.${tensorDtypeMethods[name]}`, self: v };
    if (em.unit.ops.overloads(`aten::${name}`).length === 0) {
      throw scriptError('no-method', range, { type: isInferred(em, v) ? 'Tensor (inferred)' : 'Tensor', name });
    }
  }
  if (v.type instanceof ClassType && !v.type.isModule) {
    const cls = em.unit.classes.get(v.type.qualifiedName);
    const found = cls?.attr(em, v, name);
    if (found) return found;
    throw scriptError('no-attribute', range, { type: v.type.qualifiedName, name });
  }
  // A NamedTuple field by name is a prim::TupleIndex (PyTorch's SimpleValue::attr).
  const field = v.type instanceof TupleType && v.type.names ? v.type.names.indexOf(name) : -1;
  if (field >= 0) return simple(em.b.insert1('prim::TupleIndex', [v, em.b.int(field)], (v.type as TupleType).elements[field]!));
  return { kind: 'builtin', name: `aten::${name}`, self: v };
}

function emitUnary(em: FunctionEmitter, op: string, operand: Expr, range: SourceRange): Value {
  if (op === 'USub' && operand.kind === 'Constant' && (operand.type === 'int' || operand.type === 'float')) {
    const value = operand.type === 'int' ? -operand.value : -operand.value;
    return operand.type === 'int' ? em.b.int(Number(value), operand.range) : em.b.constant({ kind: 'float', value: value as number }, operand.range);
  }
  if (op === 'Not') return callOp(em, 'aten::__not__', [toBool(em, emitExpr(em, operand), operand.range)], range);
  const v = emitExpr(em, operand);
  if (op === 'UAdd') return v;
  if (op === 'USub') return callOp(em, 'aten::neg', [v], range);
  return callOp(em, v.type instanceof TensorType ? 'aten::bitwise_not' : 'aten::__invert__', [v], range);
}

/** A condition as a bool (Tensor and numbers convert with aten::Bool). */
export function toBool(em: FunctionEmitter, v: Value, range: SourceRange): Value {
  if (v.type === BoolType) return v;
  if (v.type instanceof TensorType || v.type === IntType || v.type === FloatType) return callOp(em, 'aten::Bool', [v], range);
  throw scriptError('cond-type', range, { type: v.type.annotationStr() });
}

export function emitCondition(em: FunctionEmitter, e: Expr): Condition {
  if (e.kind === 'BoolOp') return emitBoolOp(em, e);
  if (e.kind === 'Compare') {
    const c = emitCompare(em, e);
    return { ...c, value: toBool(em, c.value, e.range) };
  }
  if (e.kind === 'UnaryOp' && e.op === 'Not') {
    const inner = emitCondition(em, e.operand);
    const value = callOp(em, 'aten::__not__', [inner.value], e.range);
    return { value, ifTrue: inner.ifFalse, ifFalse: inner.ifTrue, ...staticOf(inner.static === undefined ? undefined : !inner.static) };
  }
  if (e.kind === 'Call' && isIsInstance(em, e.func)) return emitIsInstance(em, e.args, e.range);
  const value = toBool(em, emitExpr(em, e), e.range);
  const constant = value.node.kind === 'prim::Constant' ? constantValue(value.node) : undefined;
  const known = constant?.kind === 'bool' ? constant.value : undefined;
  return { value, ifTrue: [], ifFalse: [], ...staticOf(known) };
}

const staticOf = (known: boolean | undefined): { static?: boolean } => (known === undefined ? {} : { static: known });

// `a and b` is prim::If(a) { b } { False }; `a or b` is prim::If(a) { True } { b }.
function emitBoolOp(em: FunctionEmitter, e: BoolOp): Condition {
  let left = emitCondition(em, e.values[0]!);
  for (const right of e.values.slice(1)) {
    const isAnd = e.op === 'And';
    if (left.static !== undefined) {
      // `False and b` is False and `True or b` is True without b; otherwise the result is b.
      if (left.static !== isAnd) {
        left = { value: em.b.bool(!isAnd, e.range), ifTrue: [], ifFalse: [], static: !isAnd };
        continue;
      }
      const refine = isAnd ? left.ifTrue : left.ifFalse;
      for (const r of refine) em.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
      const rhs = emitCondition(em, right);
      left = isAnd ? { ...rhs, ifTrue: [...refine, ...rhs.ifTrue] } : { ...rhs, ifFalse: [...refine, ...rhs.ifFalse] };
      continue;
    }
    const node = em.b.insert('prim::If', [left.value], [BoolType], e.range);
    const [t, f] = [node.addBlock(), node.addBlock()];
    let rhs: Condition | undefined;
    const evalRight = (refine: readonly Refinement[]): Value =>
      em.env.inFrame(() => {
        for (const r of refine) em.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
        rhs = emitCondition(em, right);
      }) && rhs!.value;
    t.registerOutput(em.graph.withInsertPoint(t, () => (isAnd ? evalRight(left.ifTrue) : em.b.bool(true, e.range))));
    f.registerOutput(em.graph.withInsertPoint(f, () => (isAnd ? em.b.bool(false, e.range) : evalRight(left.ifFalse))));
    const r = rhs as Condition | undefined;
    left = isAnd
      ? { value: node.output(), ifTrue: [...left.ifTrue, ...(r?.ifTrue ?? [])], ifFalse: [] }
      : { value: node.output(), ifTrue: [], ifFalse: [...left.ifFalse, ...(r?.ifFalse ?? [])] };
  }
  return left;
}


// `sub in s` on strings: TorchScript's builtin str.__contains__ is `s.find(sub, 0, len(s)) != -1`.
function strContains(em: FunctionEmitter, s: Value, sub: Value, range: SourceRange): Value {
  const index = callOp(em, 'aten::find', [s, sub, em.b.int(0), callOp(em, 'aten::len', [s], range)], range);
  return callOp(em, 'aten::ne', [index, em.b.int(-1)], range);
}

// As torch/jit/frontend.py's build_Compare, `a < b < c` is `a < b and b < c`: each later
// comparison (its operands emitted again) runs in the true branch of the ones before it.
function emitCompare(em: FunctionEmitter, e: Compare): Condition {
  const operands = [e.left, ...e.comparators];
  const one = (i: number): Condition => {
    const cond = emitComparison(em, e.ops[i]!, operands[i]!, operands[i + 1]!, e.range);
    return cond.value.type instanceof TensorType && e.ops.length > 1 ? { ...cond, value: toBool(em, cond.value, e.range) } : cond;
  };
  let result = one(0);
  for (let i = 1; i < e.ops.length; i++) {
    const node = em.b.insert('prim::If', [result.value], [BoolType], e.range);
    const next = em.graph.withInsertPoint(node.addBlock(), () => one(i));
    node.blocks[0]!.registerOutput(next.value);
    node.addBlock().registerOutput(em.graph.withInsertPoint(node.blocks[1]!, () => em.b.bool(false)));
    result = { value: node.output(), ifTrue: [...result.ifTrue, ...next.ifTrue], ifFalse: [] };
  }
  return result;
}

function emitComparison(em: FunctionEmitter, op: Compare['ops'][number], leftExpr: Expr, rightExpr: Expr, range: SourceRange): Condition {
  const left = emitExpr(em, leftExpr);
  const right = emitExpr(em, rightExpr);
  if (op === 'Is' || op === 'IsNot') return emitIs(em, op === 'Is', left, right, leftExpr, rightExpr, range);
  if (op === 'In' || op === 'NotIn') {
    const v =
      right.type === StringType && left.type === StringType
        ? strContains(em, right, left, range)
        : (callMagicMethod(em, right, '__contains__', [{ value: left, range }], range) ?? callOp(em, 'aten::__contains__', [right, left], range));
    return { value: op === 'In' ? v : callOp(em, 'aten::__not__', [v], range), ifTrue: [], ifFalse: [] };
  }
  return { value: emitMagic(em, op, left, right, range), ifTrue: [], ifFalse: [] };
}

const canBeNone = (t: Type): boolean => t === NoneType || t instanceof OptionalType || (t instanceof UnionType && t.types.includes(NoneType));

function withoutNone(t: Type): Type {
  if (t instanceof OptionalType) return t.elementType;
  if (t instanceof UnionType) return UnionType.create(t.types.filter((x) => x !== NoneType));
  return t;
}

function emitIs(em: FunctionEmitter, is: boolean, l: Value, r: Value, le: Expr, re: Expr, range: SourceRange): Condition {
  // Both None: `is` holds; one None and the other never None: `is not` holds (Note [Static conditions]).
  const [ln, rn] = [l.type === NoneType, r.type === NoneType];
  if ((ln && rn) || (ln && !canBeNone(r.type)) || (rn && !canBeNone(l.type))) {
    const holds = ln && rn ? is : !is;
    return { value: em.b.bool(holds, range), ifTrue: [], ifFalse: [], static: holds };
  }
  const value = callOp(em, is ? 'aten::__is__' : 'aten::__isnot__', [l, r], range);
  const refined: Refinement[] = [];
  const [varExpr, other] = r.type === NoneType ? [le, l] : l.type === NoneType ? [re, r] : [undefined, undefined];
  if (varExpr?.kind === 'Name' && other && canBeNone(other.type) && other.type !== NoneType) {
    const type = withoutNone(other.type);
    refined.push({ name: varExpr.id, range: varExpr.range, apply: () => refinedValue(em, other, type, varExpr.id) });
  }
  return is ? { value, ifTrue: [], ifFalse: refined } : { value, ifTrue: refined, ifFalse: [] };
}

// `isinstance` or `torch.jit.isinstance` (which also takes generic types such as List[int]).
function isIsInstance(em: FunctionEmitter, f: Expr): boolean {
  if (f.kind === 'Name') return f.id === 'isinstance' && !em.env.lookupLocal(f.id);
  return f.kind === 'Attribute' && f.attr === 'isinstance' && f.value.kind === 'Attribute' && f.value.attr === 'jit'
    && f.value.value.kind === 'Name' && f.value.value.id === 'torch';
}

function emitIsInstance(em: FunctionEmitter, args: readonly Expr[], range: SourceRange): Condition {
  const v = emitExpr(em, args[0]!);
  const types = args[1]!.kind === 'Tuple' ? args[1]!.elts.map((x) => typeFromExpr(x, em.types)) : [typeFromExpr(args[1]!, em.types)];
  const target = UnionType.create(types);
  const always = v.type.isSubtypeOf(target);
  const never = !always && !canOverlap(v.type, target);
  if (always || never) return { value: em.b.bool(always, range), ifTrue: [], ifFalse: [], static: always };
  const n = em.b.insert('prim::isinstance', [v], [BoolType], range);
  n.setAttribute('types', { kind: 'tys', value: types });
  const name = args[0]!.kind === 'Name' ? args[0]!.id : undefined;
  const cast = (type: Type): Refinement[] =>
    name ? [{ name, range: args[0]!.range, apply: () => refinedValue(em, v, type, name) }] : [];
  const members = v.type instanceof UnionType ? v.type.types : v.type instanceof OptionalType ? [v.type.elementType, NoneType] : [v.type];
  const rest = members.filter((m) => !m.isSubtypeOf(target));
  const narrowed = UnionType.create(members.filter((m) => m.isSubtypeOf(target)));
  return { value: n.output(), ifTrue: cast(narrowed), ifFalse: rest.length > 0 ? cast(UnionType.create(rest)) : [] };
}

function canOverlap(a: Type, b: Type): boolean {
  const parts = (t: Type): readonly Type[] => (t instanceof UnionType ? t.types : t instanceof OptionalType ? [t.elementType, NoneType] : [t]);
  return parts(a).some((x) => parts(b).some((y) => x.isSubtypeOf(y) || y.isSubtypeOf(x)));
}

function emitIfExp(em: FunctionEmitter, e: IfExp, typeHint?: Type): Value {
  const cond = emitCondition(em, e.test);
  const node = em.b.insert('prim::If', [cond.value], [], e.range);
  const arms = [
    [node.addBlock(), e.body, cond.ifTrue],
    [node.addBlock(), e.orelse, cond.ifFalse],
  ] as const;
  const outs = arms.map(([block, expr, refine]) =>
    em.graph.withInsertPoint(block, () => {
      let out: Value | undefined;
      em.env.inFrame(() => {
        for (const r of refine) em.env.set(r.name, simple(r.apply()), r.range, { inherited: true });
        out = emitExpr(em, expr, typeHint);
      });
      block.registerOutput(out!);
      return out!;
    }),
  );
  node.addOutput(unifyTypes(outs[0]!.type, outs[1]!.type, true) ?? outs[0]!.type);
  return node.output();
}

function emitList(em: FunctionEmitter, elts: readonly Expr[], range: SourceRange, typeHint?: Type): Value {
  const hint = typeHint instanceof ListType ? typeHint.elementType : undefined;
  // As PyTorch's emitListLiteral: elements are emitted without the hint, then checked against it.
  const items = elts.map((x) => emitExpr(em, x));
  let elem: Type | undefined = hint;
  if (hint && items.some((v) => !v.type.isSubtypeOf(hint))) {
    const unified = items.reduce<Type>((acc, v) => unifyTypes(acc, v.type) ?? UnionType.create([acc, v.type]), items[0]!.type);
    throw scriptError('list-annotation', range, { annotation: typeHint!.annotationStr(), unified: unified.annotationStr() });
  }
  if (!elem) {
    let acc: Type = items[0]?.type ?? TensorType.get();
    for (const v of items.slice(1)) {
      const u: Type | undefined = unifyTypes(acc, v.type);
      if (!u || (acc === IntType && v.type === FloatType) || (acc === FloatType && v.type === IntType)) {
        throw scriptError('list-element-type', range, { expected: acc.annotationStr(), actual: v.type.annotationStr() });
      }
      acc = u;
    }
    elem = acc;
  }
  return em.b.insert1('prim::ListConstruct', items, new ListType(elem), undefined);
}

function emitDict(em: FunctionEmitter, keys: readonly (Expr | null)[], values: readonly Expr[], range: SourceRange, typeHint?: Type): Value {
  const hint = typeHint instanceof DictType ? typeHint : undefined;
  const inputs: Value[] = [];
  keys.forEach((k, i) => {
    if (!k) throw scriptError('unsupported-syntax', range, { what: 'Dict unpacking' });
    inputs.push(emitExpr(em, k, hint?.keyType), emitExpr(em, values[i]!, hint?.valueType));
  });
  // Value types unify, into a Union when they differ (emitDictLiteral's default_to_union).
  const valueTypes = inputs.filter((_, i) => i % 2 === 1).map((v) => v.type);
  const valueType = valueTypes.slice(1).reduce<Type | undefined>((acc, t) => acc && (unifyTypes(acc, t) ?? UnionType.create([acc, t])), valueTypes[0]);
  const type = hint ?? (inputs.length > 0 ? new DictType(inputs[0]!.type, valueType!) : new DictType(StringType, TensorType.get()));
  return em.b.insert1('prim::DictConstruct', inputs, type, undefined);
}

// An unannotated parameter is a Tensor by inference; PyTorch's messages say so.
function isInferred(em: FunctionEmitter, v: Value): boolean {
  if (!em.graph.inputs.includes(v)) return false;
  const arg = [...em.def.args.posonlyargs, ...em.def.args.args].find((a) => a.arg === v.debugNameBase());
  return arg !== undefined && !arg.annotation;
}

/**
 * `t.tolist()` where the type is known (`torch.jit.annotate(List[float], t.tolist())`, an annotated
 * assignment): prim::tolist(t, dims, element code: 0 int, 1 float, 2 bool), as PyTorch emits it.
 */
const isToList = (e: Expr): boolean => e.kind === 'Call' && e.func.kind === 'Attribute' && e.func.attr === 'tolist';

function emitToList(em: FunctionEmitter, e: Call, typeHint: Type | undefined): SugaredValue | undefined {
  if (e.func.kind !== 'Attribute' || e.func.attr !== 'tolist' || e.args.length > 0 || e.keywords.length > 0) return undefined;
  const obj = emitSugared(em, e.func.value);
  if (obj.kind !== 'value' || !(obj.value.type instanceof TensorType)) return undefined;
  let dims = 0;
  let elem: Type | undefined = typeHint;
  while (elem instanceof ListType) {
    elem = elem.elementType;
    dims++;
  }
  const code = elem === IntType ? 0 : elem === FloatType ? 1 : elem === BoolType ? 2 : undefined;
  if (!typeHint || dims === 0 || code === undefined) throw scriptError('tolist-hint', e.range);
  return simple(em.b.insert1('prim::tolist', [obj.value, em.b.int(dims), em.b.int(code)], typeHint, e.range));
}

// A refinement's prim::unchecked_cast is named after its variable (`%bias.7`), as PyTorch's insertRefinements sets it.
function refinedValue(em: FunctionEmitter, v: Value, type: Type, name: string): Value {
  const cast = em.b.insert1('prim::unchecked_cast', [v], type);
  if (meaningfulName(name)) cast.setDebugName(name);
  return cast;
}
