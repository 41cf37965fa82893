/**
 * Subscripts, after emitSubscript / emitIndexing in ir_emitter.cpp: tuples
 * index by constants (prim::TupleIndex), lists, strings and dicts call
 * `aten::__getitem__` / `aten::slice`, tensors lower each index to
 * aten::select, aten::slice, aten::unsqueeze or aten::index.
 */
import type { Expr, Subscript } from '../lang/ast';
import { constantValue } from '../ir/constants';
import { ClassType, IntType, ListType, NoneType, OptionalType, TensorType, TupleType } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { callOp, emitBuiltinCall } from './ir_emitter_calls';
import { emitExpr, emitSugared } from './ir_emitter_exprs';
import { callMagicMethod } from './script_class';
import type { SugaredValue } from './sugared_value';
import { simple } from './sugared_value';

const indexItems = (slice: Expr): readonly Expr[] => (slice.kind === 'Tuple' ? slice.elts : [slice]);

function constantInt(v: Value): number | undefined {
  const c = constantValue(v.node);
  return c?.kind === 'int' ? Number(c.value) : undefined;
}

export function emitSubscript(em: FunctionEmitter, e: Subscript): SugaredValue {
  const obj = emitSugared(em, e.value);
  if (obj.kind === 'object' && obj.iterate) {
    const key = e.slice.kind === 'Constant' && typeof e.slice.value === 'string' ? obj.attr(e.slice.value, e.slice.range) : undefined;
    if (key) return key;
    const i = constantInt(emitExpr(em, e.slice));
    const items = obj.iterate();
    if (i === undefined || !items[i < 0 ? items.length + i : i]) throw scriptError('tuple-index-constant', e.slice.range);
    return items[i < 0 ? items.length + i : i]!;
  }
  const v = em.asValue(obj, e.value.range);
  const range = e.range;
  if (v.type instanceof TensorType) return simple(emitTensorIndexing(em, v, e.slice, range));
  if (v.type instanceof TupleType) return simple(emitTupleIndex(em, v, e.slice, range));
  if (e.slice.kind !== 'Slice' && v.type instanceof ClassType && !v.type.isModule) {
    const item = callMagicMethod(em, v, '__getitem__', [{ value: emitExpr(em, e.slice), range: e.slice.range }], range);
    if (item) return simple(item);
  }
  if (e.slice.kind === 'Slice') {
    const [start, end, step] = sliceBounds(em, e.slice, range);
    return simple(callOp(em, 'aten::slice', [v, start, end, step], range));
  }
  return simple(callOp(em, 'aten::__getitem__', [v, emitExpr(em, e.slice)], range));
}

function sliceBounds(em: FunctionEmitter, s: Extract<Expr, { kind: 'Slice' }>, range: SourceRange): [Value, Value, Value] {
  const bound = (x: Expr | null): Value => (x ? emitExpr(em, x) : em.b.none(range));
  return [bound(s.lower), bound(s.upper), s.step ? emitExpr(em, s.step) : em.b.int(1, range)];
}

function emitTupleIndex(em: FunctionEmitter, v: Value, slice: Expr, range: SourceRange): Value {
  const type = v.type as TupleType;
  const size = type.elements.length;
  if (slice.kind === 'Slice') {
    const [start, end, step] = sliceBounds(em, slice, range).map((x) => (x.type === NoneType ? undefined : constantInt(x)));
    const picked: number[] = [];
    const st = step ?? 1;
    const norm = (i: number | undefined, dflt: number): number => (i === undefined ? dflt : Math.max(0, Math.min(size, i < 0 ? size + i : i)));
    for (let i = norm(start, 0); i < norm(end, size); i += st) picked.push(i);
    const items = picked.map((i) => em.b.insert1('prim::TupleIndex', [v, em.b.int(i)], type.elements[i]!, range));
    return em.b.insert1('prim::TupleConstruct', items, new TupleType(items.map((x) => x.type)));
  }
  const idx = emitExpr(em, slice);
  const i = constantInt(idx);
  if (i === undefined) throw scriptError('tuple-index-constant', slice.range);
  const k = i < 0 ? size + i : i;
  if (k < 0 || k >= size) throw scriptError('tuple-index-range', slice.range, { index: i, size });
  return em.b.insert1('prim::TupleIndex', [v, em.b.int(k, slice.range)], type.elements[k]!, range);
}

/** Lowers `x[idx]` on a tensor; returns the view plus any advanced (tensor) indices left to apply. */
function emitTensorIndexingParts(em: FunctionEmitter, v: Value, slice: Expr, range: SourceRange): { view: Value; tensorIndices: (Value | undefined)[] } {
  const items = indexItems(slice);
  const consuming = items.filter((x) => !(x.kind === 'Constant' && (x.type === 'None' || x.type === 'Ellipsis'))).length;
  let dim = 0;
  let seen = 0;
  let afterEllipsis = false;
  let view = v;
  const tensorIndices: (Value | undefined)[] = [];
  const dimValue = (): Value => em.b.int(afterEllipsis ? dim - (consuming - seen) : dim, range);
  for (const item of items) {
    if (item.kind === 'Constant' && item.type === 'Ellipsis') {
      afterEllipsis = true;
      dim = 0;
      continue;
    }
    if (item.kind === 'Constant' && item.type === 'None') {
      view = callOp(em, 'aten::unsqueeze', [view, dimValue()], range);
      dim++;
      continue;
    }
    if (item.kind === 'Slice') {
      const [start, end, step] = sliceBounds(em, item, range);
      view = callOp(em, 'aten::slice', [view, dimValue(), start, end, step], range);
      dim++;
      seen++;
      tensorIndices.push(undefined);
      continue;
    }
    const idx = emitExpr(em, item);
    if (idx.type === IntType) {
      // The dimension is counted before this index is consumed: `x[..., 0]` selects dim -1.
      view = callOp(em, 'aten::select', [view, dimValue(), idx], range);
      seen++;
      continue;
    }
    seen++;
    while (tensorIndices.length < dim) tensorIndices.push(undefined);
    tensorIndices[dim] = idx.type instanceof ListType ? callOp(em, 'aten::tensor', [idx], range) : idx;
    dim++;
  }
  return { view, tensorIndices };
}

function indexList(em: FunctionEmitter, indices: (Value | undefined)[]): Value {
  const items = indices.map((x) => x ?? em.b.none());
  return em.b.insert1('prim::ListConstruct', items, new ListType(OptionalType.create(TensorType.get())));
}

function emitTensorIndexing(em: FunctionEmitter, v: Value, slice: Expr, range: SourceRange): Value {
  const { view, tensorIndices } = emitTensorIndexingParts(em, v, slice, range);
  if (!tensorIndices.some((x) => x)) return view;
  return callOp(em, 'aten::index', [view, indexList(em, tensorIndices)], range);
}

/** `x[i] = value` for lists, dicts and tensors. */
export function emitSubscriptAssignValue(em: FunctionEmitter, target: Subscript, value: Value): void {
  const obj = emitExpr(em, target.value);
  const range = target.range;
  if (obj.type instanceof TensorType) {
    const { view, tensorIndices } = emitTensorIndexingParts(em, obj, target.slice, range);
    if (tensorIndices.some((x) => x)) {
      const rhs = value.type instanceof TensorType ? value : scalarToTensor(em, value, view, range);
      callOp(em, 'aten::index_put_', [view, indexList(em, tensorIndices), rhs], range);
      return;
    }
    const rhs = value.type instanceof TensorType ? value : scalarToTensor(em, value, view, range);
    callOp(em, 'aten::copy_', [view, rhs], range);
    return;
  }
  if (target.slice.kind === 'Slice') throw scriptError('unsupported-syntax', range, { what: 'slice assignments' });
  callOp(em, 'aten::_set_item', [obj, emitExpr(em, target.slice), value], range);
}

function scalarToTensor(em: FunctionEmitter, value: Value, like: Value, range: SourceRange): Value {
  const dtype = em.b.insert1('prim::dtype', [like], IntType);
  const device = callOp(em, 'prim::device', [like], range);
  const kwargs = [
    { name: 'dtype', value: dtype, range },
    { name: 'device', value: device, range },
    { name: 'requires_grad', value: em.b.bool(false), range },
  ];
  return em.asValue(emitBuiltinCall(em, 'aten::tensor', range, undefined, [{ value, range }], kwargs), range);
}
