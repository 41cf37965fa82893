/** Relations between types that build new types: unshaping and unification (PyTorch's unifyTypes). */
import { DictType, FutureType, ListType, NoneType, OptionalType, TensorType, TupleType, UnionType } from './types';
import type { Type } from './types';

/** Drops shape information everywhere inside a type (PyTorch's `unshapedType`). */
export function unshapedType(t: Type): Type {
  if (t instanceof TensorType) return TensorType.get();
  if (t instanceof ListType) return new ListType(unshapedType(t.elementType));
  if (t instanceof DictType) return new DictType(unshapedType(t.keyType), unshapedType(t.valueType));
  if (t instanceof OptionalType) return OptionalType.create(unshapedType(t.elementType));
  if (t instanceof TupleType) return new TupleType(t.elements.map(unshapedType), t.names, t.qualifiedName);
  if (t instanceof UnionType) return UnionType.create(t.types.map(unshapedType));
  if (t instanceof FutureType) return new FutureType(t.kind, unshapedType(t.elementType));
  return t;
}

/**
 * The type of a value that may be either `a` or `b` (branch outputs, loop-carried
 * values), following PyTorch's unifyTypes; `undefined` when they do not unify.
 */
export function unifyTypes(a: Type, b: Type, defaultToUnion = false, typeHint?: Type): Type | undefined {
  const unified = unifyImpl(a, b, typeHint);
  return unified ?? (defaultToUnion ? UnionType.create([a, b]) : undefined);
}

function unifyImpl(a: Type, b: Type, typeHint?: Type): Type | undefined {
  if (a.isSubtypeOf(b)) return b;
  if (b.isSubtypeOf(a)) return a;
  if (a instanceof TensorType && b instanceof TensorType) return a.merge(b);
  const aNone = a.isSubtypeOf(NoneType);
  const bNone = b.isSubtypeOf(NoneType);
  if (aNone && !bNone) return OptionalType.create(b);
  if (bNone && !aNone) return OptionalType.create(a);
  if (a instanceof OptionalType || b instanceof OptionalType) {
    const [opt, other] = a instanceof OptionalType ? [a, b] : [b as OptionalType, a];
    const elem = unifyTypes(opt.elementType, other);
    if (elem) return OptionalType.create(elem);
  } else if (a instanceof TupleType && b instanceof TupleType) {
    if (a.elements.length !== b.elements.length) return undefined;
    const elements: Type[] = [];
    for (let i = 0; i < a.elements.length; i++) {
      const e = unifyTypes(a.elements[i]!, b.elements[i]!);
      if (!e) return undefined;
      elements.push(e);
    }
    return new TupleType(elements);
  } else if (a instanceof FutureType && b instanceof FutureType && a.kind === b.kind) {
    const e = unifyTypes(a.elementType, b.elementType);
    return e ? new FutureType(a.kind, e) : undefined;
  }
  const ua = unshapedType(a);
  const ub = unshapedType(b);
  if (ua.isSubtypeOf(ub)) return ub;
  if (ub.isSubtypeOf(ua)) return ua;
  if (typeHint && a.isSubtypeOf(typeHint) && b.isSubtypeOf(typeHint)) return typeHint;
  return undefined;
}
