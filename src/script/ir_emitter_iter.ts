/**
 * What a `for` loop iterates: `range(...)`, lists, strings, dicts (their keys),
 * tensors (along dim 0), `enumerate`, `zip` become a prim::Loop with a trip
 * count and an item per iteration; tuples and module lists are unrolled.
 */
import type { Expr } from '../lang/ast';
import { DictType, IntType, ListType, StringType, TensorType, TupleType } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { callOp } from './ir_emitter_calls';
import { emitExpr, emitSugared } from './ir_emitter_exprs';
import type { SugaredValue } from './sugared_value';
import { simple } from './sugared_value';

export type Iterable =
  | { readonly kind: 'unrolled'; readonly items: readonly SugaredValue[] }
  | {
      readonly kind: 'loop';
      readonly length: Value;
      /** For zip/enumerate (PyTorch's IterableTree): the lengths of the base iterables, flattened. */
      readonly bases?: readonly Value[];
      readonly item: (counter: Value) => SugaredValue;
    };

const INT64_MAX = 9223372036854775807n;

// IterableTree::len: the least of the base lengths, as prim::min of an int list.
function treeLoop(em: FunctionEmitter, bases: Value[], range: SourceRange, item: (counter: Value) => SugaredValue): Iterable {
  const list = em.b.insert1('prim::ListConstruct', bases, new ListType(IntType));
  return { kind: 'loop', length: callOp(em, 'prim::min', [list], range), bases, item };
}

const basesOf = (it: Extract<Iterable, { kind: 'loop' }>): readonly Value[] => it.bases ?? [it.length];

export function emitIterable(em: FunctionEmitter, e: Expr): Iterable {
  if (e.kind === 'Call' && e.func.kind === 'Name') {
    const head = em.env.lookupLocal(e.func.id) ?? em.env.resolver.resolve(e.func.id);
    if (head?.kind === 'special') {
      if (head.form === 'range') return rangeIterable(em, e.args.map((a) => emitExpr(em, a)), e.range);
      if (head.form === 'enumerate') return enumerateIterable(em, e.args, e.range);
      if (head.form === 'zip') return zipIterable(em, e.args.map((a) => emitIterable(em, a)), e.range);
    }
  }
  return iterableOf(em, emitSugared(em, e), e.range);
}

export function iterableOf(em: FunctionEmitter, s: SugaredValue, range: SourceRange): Iterable {
  if (s.kind === 'tuple') return { kind: 'unrolled', items: s.items };
  if (s.kind === 'object' && s.iterate) return { kind: 'unrolled', items: s.iterate() };
  const v = em.asValue(s, range);
  const t = v.type;
  if (t instanceof TupleType) {
    const node = em.b.insert('prim::TupleUnpack', [v], t.elements);
    return { kind: 'unrolled', items: node.outputs.map(simple) };
  }
  if (t instanceof ListType || t === StringType) {
    const length = callOp(em, 'aten::len', [v], range);
    return { kind: 'loop', length, item: (i) => simple(callOp(em, 'aten::__getitem__', [v, i], range)) };
  }
  if (t instanceof DictType) {
    const keys = callOp(em, 'aten::keys', [v], range);
    return iterableOf(em, simple(keys), range);
  }
  if (t instanceof TensorType) {
    const length = callOp(em, 'aten::len', [v], range);
    return { kind: 'loop', length, item: (i) => simple(callOp(em, 'aten::select', [v, em.b.int(0), i], range)) };
  }
  throw scriptError('cannot-iterate', range, { type: t.annotationStr() });
}

function rangeIterable(em: FunctionEmitter, args: Value[], range: SourceRange): Iterable {
  for (const a of args) {
    if (a.type !== IntType) throw scriptError('expected-type', range, { expected: 'int', what: 'range', actual: a.type.annotationStr() });
  }
  if (args.length === 1) return { kind: 'loop', length: args[0]!, item: (i) => simple(i) };
  if (args.length < 1 || args.length > 3) throw scriptError('unsupported-syntax', range, { what: 'range with this many arguments' });
  const start = args[0]!;
  const step = args[2] ?? em.b.int(1, range);
  const length = callOp(em, 'aten::__range_length', [start, args[1]!, step], range);
  return { kind: 'loop', length, item: (i) => simple(callOp(em, 'aten::__derive_index', [i, start, step], range)) };
}

function enumerateIterable(em: FunctionEmitter, args: readonly Expr[], range: SourceRange): Iterable {
  const inner = emitIterable(em, args[0]!);
  const start = args[1] ? emitExpr(em, args[1]) : undefined;
  if (inner.kind === 'unrolled') {
    const index = (i: Value): Value => (start ? callOp(em, 'aten::add', [i, start], range) : i);
    return { kind: 'unrolled', items: inner.items.map((item, i) => ({ kind: 'tuple', items: [simple(index(em.b.int(i))), item] })) };
  }
  // enumerate is a tree of range(start, INT64_MAX) and the iterable; the index is derived from the counter.
  const max = em.b.int(INT64_MAX, range);
  const one = em.b.int(1, range);
  const rangeLength = start ? callOp(em, 'aten::__range_length', [start, max, one], range) : max;
  const index = (i: Value): Value => (start ? callOp(em, 'aten::__derive_index', [i, start, one], range) : i);
  return treeLoop(em, [rangeLength, ...basesOf(inner)], range, (i) => ({ kind: 'tuple', items: [simple(index(i)), inner.item(i)] }));
}

function zipIterable(em: FunctionEmitter, inners: Iterable[], range: SourceRange): Iterable {
  if (inners.every((i) => i.kind === 'unrolled')) {
    const n = Math.min(...inners.map((i) => (i.kind === 'unrolled' ? i.items.length : 0)));
    return {
      kind: 'unrolled',
      items: Array.from({ length: n }, (_, k) => ({ kind: 'tuple', items: inners.map((i) => (i.kind === 'unrolled' ? i.items[k]! : simple(em.b.none()))) })),
    };
  }
  const loops = inners.filter((i): i is Extract<Iterable, { kind: 'loop' }> => i.kind === 'loop');
  if (loops.length !== inners.length) throw scriptError('unsupported-syntax', range, { what: 'zip of tuples and lists' });
  return treeLoop(em, loops.flatMap(basesOf), range, (i) => ({ kind: 'tuple', items: loops.map((l) => l.item(i)) }));
}
