// Equality, ordering, membership and hashing of Python values.
import { Tensor } from '../runtime/tensor';
import type { DictKey } from '../runtime/ivalue';
import { DTypeValue, Device, DictValue, TupleValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyInstance, PyRange } from './objects';
import { pyError } from './errors';
import { invokeOp } from './dispatch';
import { PySet } from './sets';

/** A value usable as a dict key (str, int, float, bool, Tensor by identity). */
export function dictKey(it: Interpreter, v: PyValue): DictKey {
  if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Tensor) return v;
  if (Array.isArray(v) || v instanceof DictValue) throw pyError('TypeError', `unhashable type: '${it.typeName(v)}'`);
  throw pyError('NotImplementedError', `dict keys of type '${it.typeName(v)}' are not supported`);
}

/** Finds the stored key equal to `k` (Python treats 1, 1.0 and True as the same key). */
export function findKey(d: DictValue, k: DictKey): DictKey | undefined {
  if (d.map.has(k)) return k;
  if (typeof k === 'string' || k instanceof Tensor) return undefined;
  const n = typeof k === 'boolean' ? Number(k) : Number(k);
  for (const key of d.map.keys()) {
    if (typeof key === 'string' || key instanceof Tensor) continue;
    if (Number(key) === n) return key;
  }
  return undefined;
}

function isNum(v: PyValue): v is bigint | number | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

function seqItems(v: PyValue): readonly PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof TupleValue) return v.elements as PyValue[];
  return null;
}

/** Python `a == b` for non-tensor comparisons (tensors inside containers compare by identity). */
export function pyEquals(it: Interpreter, a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // `t.dtype` makes a new DTypeValue each time; torch.dtype objects are singletons in Python.
  if (a instanceof DTypeValue && b instanceof DTypeValue) return a.dtype === b.dtype;
  if (a instanceof Device && b instanceof Device) return a.toString() === b.toString();
  if (isNum(a) && isNum(b)) {
    if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
    return BigInt(a) === BigInt(b);
  }
  // Python compares a tensor element with `==` and takes its truth value, so a traced size
  // (a 0-dim tensor, Note [Traced sizes]) equals the int it holds.
  if ((a instanceof Tensor && (b instanceof Tensor || isNum(b))) || (b instanceof Tensor && isNum(a))) {
    return it.truthy(invokeOp('aten::eq', a instanceof Tensor ? [a, b] : [b, a]));
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const sa = seqItems(a);
  const sb = seqItems(b);
  if (sa && sb) return sa.length === sb.length && sa.every((x, i) => pyEquals(it, x, sb[i]!));
  if (a instanceof DictValue && b instanceof DictValue) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, v] of a.map) {
      const bk = findKey(b, k);
      if (bk === undefined || !pyEquals(it, v, b.map.get(bk)!)) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) return a.equals(b);
  if (a instanceof PyInstance) {
    const eq = a.cls.lookup('__eq__');
    if (eq !== undefined) return it.truthy(it.call(eq, [a, b]));
  }
  return false;
}

/** Ordering for `<`, `sorted`, `min`, `max`: negative, zero or positive. */
export function compareValues(it: Interpreter, a: PyValue, b: PyValue, symbol = '<'): number {
  if (isNum(a) && isNum(b)) {
    if (typeof a !== 'number' && typeof b !== 'number') {
      const x = BigInt(a);
      const y = BigInt(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const sa = seqItems(a);
  const sb = seqItems(b);
  if (sa && sb && Array.isArray(a) === Array.isArray(b)) {
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      if (!pyEquals(it, sa[i]!, sb[i]!)) return compareValues(it, sa[i]!, sb[i]!, symbol);
    }
    return sa.length - sb.length;
  }
  if (a instanceof Tensor || b instanceof Tensor) {
    const lt = it.truthy(it.compare('Lt', a, b));
    return lt ? -1 : it.truthy(it.compare('Gt', a, b)) ? 1 : 0;
  }
  if (a instanceof PyInstance) {
    const lt = a.cls.lookup('__lt__');
    if (lt !== undefined) return it.truthy(it.call(lt, [a, b])) ? -1 : it.truthy(it.call(lt, [b, a])) ? 1 : 0;
  }
  throw pyError('TypeError', `'${symbol}' not supported between instances of '${it.typeName(a)}' and '${it.typeName(b)}'`);
}

/** Python `item in container`. */
export function containsValue(it: Interpreter, container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyError('TypeError', `'in <string>' requires string as left operand, not ${it.typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof DictValue) return findKey(container, dictKey(it, item)) !== undefined;
  if (container instanceof PySet) return container.has(item);
  const items = seqItems(container);
  if (items) return items.some((x) => pyEquals(it, x, item));
  if (container instanceof PyRange && typeof item === 'bigint') {
    const { start, step } = container;
    const k = (item - start) / step;
    return (item - start) % step === 0n && k >= 0n && k < container.length;
  }
  if (container instanceof PyInstance) {
    const c = container.cls.lookup('__contains__');
    if (c !== undefined) return it.truthy(it.call(c, [container, item]));
  }
  if (container instanceof Tensor) return it.truthy(invokeOp('aten::any', [it.compare('Eq', container, item)]));
  for (const x of it.iterate(container)) if (pyEquals(it, x, item)) return true;
  return false;
}
