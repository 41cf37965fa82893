// Subscripts: `x[i]`, `x[a:b]`, `d[k]`, and tensor indexing lowered to aten ops as PyTorch does.
import { Tensor } from '../runtime/tensor';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { isFloating, isIntegral } from '../runtime/dtype';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyClass, PyEllipsis, PyInstance, PyNative, PySlice, PyTypingForm, SizeValue, asIValue, tupleOf } from './objects';
import { pyError } from './errors';
import { invokeOp } from './dispatch';
import { dictKey, findKey } from './containers';
import { tensorIndex } from './conversions';
import { activeTrace } from './tracing';

const INT64_MAX = 9223372036854775807n;

function toIndex(it: Interpreter, v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof Tensor && v.numel === 1 && isIntegral(v.dtype, false)) return tensorIndex(v);
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__index__');
    if (m !== undefined) return toIndex(it, it.call(m, [v]));
  }
  return null;
}

/** Python's slice.indices(length): clamped start, stop and step. */
export function sliceIndices(it: Interpreter, s: PySlice, length: number): [number, number, number] {
  const part = (v: PyValue, what: string): number | null => {
    if (v === null) return null;
    const i = toIndex(it, v);
    if (i === null) throw pyError('TypeError', `slice indices must be integers or None or have an __index__ method`);
    void what;
    return Number(i);
  };
  const step = part(s.step, 'step') ?? 1;
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    if (v < 0) v += length;
    return Math.min(Math.max(v, lo), hi);
  };
  const start = step > 0 ? clamp(part(s.start, 'start'), 0, 0, length) : clamp(part(s.start, 'start'), length - 1, -1, length - 1);
  const stop = step > 0 ? clamp(part(s.stop, 'stop'), length, 0, length) : clamp(part(s.stop, 'stop'), -1, -1, length - 1);
  return [start, stop, step];
}

function sliceItems<T>(it: Interpreter, items: readonly T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(it, s, items.length);
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

function seqIndex(it: Interpreter, length: number, index: PyValue, what: string): number {
  const i = toIndex(it, index);
  if (i === null) throw pyError('TypeError', `${what} indices must be integers or slices, not ${it.typeName(index)}`);
  const n = Number(i < 0n ? i + BigInt(length) : i);
  if (n < 0 || n >= length) throw pyError('IndexError', `${what} index out of range`);
  return n;
}

export function getItem(it: Interpreter, v: PyValue, index: PyValue): PyValue {
  if (v instanceof Tensor) return tensorGet(it, v, index);
  if (Array.isArray(v)) return index instanceof PySlice ? sliceItems(it, v, index) : v[seqIndex(it, v.length, index, 'list')]!;
  if (v instanceof TupleValue) {
    const items = v.elements as PyValue[];
    if (index instanceof PySlice) {
      const part = sliceItems(it, items, index);
      return v instanceof SizeValue ? new SizeValue(part as bigint[]) : tupleOf(part);
    }
    return items[seqIndex(it, items.length, index, 'tuple')]!;
  }
  if (typeof v === 'string') {
    const chars = [...v];
    return index instanceof PySlice ? sliceItems(it, chars, index).join('') : chars[seqIndex(it, chars.length, index, 'string')]!;
  }
  if (v instanceof DictValue) {
    const k = findKey(v, dictKey(it, index));
    if (k === undefined) throw keyError(index);
    return v.map.get(k)!;
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__getitem__');
    if (m !== undefined) return it.call(m, [v, index]);
  }
  if (v instanceof PyTypingForm || (v instanceof PyClass && v.moduleName === 'builtins')) {
    const name = v instanceof PyTypingForm ? v.name : v.name;
    return new PyTypingForm(name, index instanceof TupleValue ? (index.elements as PyValue[]) : [index]);
  }
  if (v instanceof PyNative && v.getAttr?.('__getitem__') !== undefined) return it.call(v.getAttr('__getitem__')!, [index]);
  throw pyError('TypeError', `'${it.typeName(v)}' object is not subscriptable`);
}

function keyError(key: PyValue) {
  const e = pyError('KeyError');
  e.value.dict.set('args', tupleOf([key]));
  return e;
}

export function setItem(it: Interpreter, v: PyValue, index: PyValue, value: PyValue): void {
  if (v instanceof Tensor) return tensorSet(it, v, index, value);
  if (Array.isArray(v)) {
    if (index instanceof PySlice) {
      const [start, stop, step] = sliceIndices(it, index, v.length);
      if (step !== 1) throw pyError('NotImplementedError', 'extended slice assignment is not supported');
      v.splice(start, Math.max(0, stop - start), ...it.iterate(value));
      return;
    }
    v[seqIndex(it, v.length, index, 'list')] = asIValue(value);
    return;
  }
  if (v instanceof DictValue) {
    const k = dictKey(it, index);
    v.map.set(findKey(v, k) ?? k, asIValue(value));
    return;
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__setitem__');
    if (m !== undefined) {
      it.call(m, [v, index, value]);
      return;
    }
  }
  throw pyError('TypeError', `'${it.typeName(v)}' object does not support item assignment`);
}

// Note [Tensor indexing]: as PyTorch's applySlicing, basic indices become views in order (select
// for ints, slice for slices, unsqueeze for None, Ellipsis skips dims); tensor and list indices are
// then applied together with one aten::index (reads) or aten::index_put_ (writes).

interface Indexed {
  view: Tensor;
  /** Advanced indices by dim of `view` (null for dims they do not touch); empty when none. */
  advanced: (Tensor | null)[];
}

function indexItems(index: PyValue): PyValue[] {
  if (index instanceof TupleValue && !(index instanceof SizeValue)) return index.elements as PyValue[];
  return [index];
}

function asIndexTensor(it: Interpreter, v: PyValue): Tensor | null {
  if (v instanceof Tensor) {
    if (v.ndim === 0 && !isFloating(v.dtype) && v.dtype !== 'bool') return null;
    return v;
  }
  if (Array.isArray(v) || v instanceof SizeValue) return it.call(it.getAttr(it.modules.get('torch')!, 'tensor'), [v]) as Tensor;
  return null;
}

function applyIndexing(it: Interpreter, t: Tensor, index: PyValue): Indexed {
  const items = indexItems(index);
  const specified = items.reduce<number>((n, x) => {
    if (x === null || x instanceof PyEllipsis || typeof x === 'boolean') return n;
    return n + (x instanceof Tensor && x.dtype === 'bool' ? Math.max(x.ndim, 1) : 1);
  }, 0);
  if (specified > t.ndim) throw pyError('IndexError', `too many indices for tensor of dimension ${t.ndim}`);
  let view = t;
  let dim = 0;
  // The dim of `t` the next index applies to: errors name it, not the dim of the view.
  let source = 0;
  const advanced: (Tensor | null)[] = [];
  for (const x of items) {
    if (x instanceof PyEllipsis) {
      const skip = t.ndim - specified;
      for (let i = 0; i < skip; i++) advanced.push(null);
      dim += skip;
      source += skip;
      continue;
    }
    if (x === null) {
      view = invokeOp('aten::unsqueeze', [view, BigInt(dim)]) as Tensor;
      advanced.push(null);
      dim++;
      continue;
    }
    if (x instanceof PySlice) {
      const start = x.start === null ? 0n : toIndex(it, x.start);
      const stop = x.stop === null ? INT64_MAX : toIndex(it, x.stop);
      const step = x.step === null ? 1n : toIndex(it, x.step);
      if (start === null || stop === null || step === null) throw pyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
      // While tracing, a traced size (`x[:x.size(0) // 2]`) stays a tensor so the slice follows it.
      const traced = (v: PyValue, i: bigint): PyValue => (v instanceof Tensor && activeTrace() ? v : i);
      view = invokeOp('aten::slice', [view, BigInt(dim), traced(x.start, start), traced(x.stop, stop), traced(x.step, step)]) as Tensor;
      advanced.push(null);
      dim++;
      source++;
      continue;
    }
    const i = x instanceof Tensor ? null : toIndex(it, x);
    if (i !== null) {
      // Python indexing checks the bound itself, with its own message (select() has another).
      const size = view.shape[dim];
      if (size !== undefined && (i >= BigInt(size) || i < -BigInt(size))) {
        throw pyError('IndexError', `index ${i} is out of bounds for dimension ${source} with size ${size}`);
      }
      view = invokeOp('aten::select', [view, BigInt(dim), i]) as Tensor;
      source++;
      continue;
    }
    const idx = asIndexTensor(it, x);
    if (idx === null && x instanceof Tensor) {
      view = invokeOp('aten::select', [view, BigInt(dim), BigInt(x.item())]) as Tensor;
      source++;
      continue;
    }
    if (idx === null) {
      throw pyError('IndexError', 'only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got ' + it.typeName(x) + ')');
    }
    advanced.push(idx);
    dim += idx.dtype === 'bool' ? Math.max(idx.ndim, 1) : 1;
    source += idx.dtype === 'bool' ? Math.max(idx.ndim, 1) : 1;
  }
  const hasAdvanced = advanced.some((a) => a !== null);
  return { view, advanced: hasAdvanced ? trimNulls(advanced) : [] };
}

function trimNulls(xs: (Tensor | null)[]): (Tensor | null)[] {
  let n = xs.length;
  while (n > 0 && xs[n - 1] === null) n--;
  return xs.slice(0, n);
}

function tensorGet(it: Interpreter, t: Tensor, index: PyValue): PyValue {
  const { view, advanced } = applyIndexing(it, t, index);
  if (advanced.length === 0) {
    return view;
  }
  return invokeOp('aten::index', [view, advanced]);
}

function tensorSet(it: Interpreter, t: Tensor, index: PyValue, value: PyValue): void {
  const { view, advanced } = applyIndexing(it, t, index);
  if (advanced.length === 0) {
    if (value instanceof Tensor) invokeOp('aten::copy_', [view, value]);
    // PyTorch's valueToTensor: a Python number becomes a 0-dim tensor of the view's dtype and
    // fill_.Tensor writes it (a trace records it as a tensor constant).
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') invokeOp('aten::fill_', [view, Tensor.scalar(view.dtype, Number(value))]);
    else invokeOp('aten::fill_', [view, value]);
    return;
  }
  const values = value instanceof Tensor ? value : (invokeOp('aten::scalar_tensor', [value], new Map([['dtype', null]])) as Tensor);
  invokeOp('aten::index_put_', [view, advanced, values.dtype === view.dtype ? values : invokeOp('aten::to', [values, it.getAttr(view, 'dtype')])]);
}
