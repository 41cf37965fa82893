// Python iteration over values: sequences, dicts, ranges, iterators, tensors and user classes.
import { Tensor } from '../runtime/tensor';
import { DictValue, TupleValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyInstance, PyIterator, PyNative, PyRange } from './objects';
import { pyError, PyException } from './errors';
import { invokeOp } from './dispatch';
import { activeTrace } from './tracing';

function* listItems(list: PyValue[]): Generator<PyValue> {
  // By index, as CPython does, so appending while iterating is seen.
  for (let i = 0; i < list.length; i++) yield list[i]!;
}

function* rangeItems(r: PyRange): Generator<PyValue> {
  const { start, stop, step } = r;
  if (step > 0n) for (let i = start; i < stop; i += step) yield i;
  else for (let i = start; i > stop; i += step) yield i;
}

// Tensor.__iter__: `iter(self.unbind(0))`, with a TracerWarning while tracing.
function tensorItems(t: Tensor): PyValue[] {
  if (t.ndim === 0) throw pyError('TypeError', 'iteration over a 0-d tensor');
  activeTrace()?.iteration();
  return invokeOp('aten::unbind', [t, 0n]) as PyValue[];
}

function* protocolItems(it: Interpreter, iterator: PyValue): Generator<PyValue> {
  const next = it.getAttr(iterator, '__next__');
  for (;;) {
    let v: PyValue;
    try {
      v = it.call(next, []);
    } catch (e) {
      if (e instanceof PyException && e.value.cls.name === 'StopIteration') return;
      throw e;
    }
    yield v;
  }
}

export function iterate(it: Interpreter, v: PyValue): Iterable<PyValue> {
  if (Array.isArray(v)) return listItems(v);
  if (v instanceof TupleValue) return v.elements as PyValue[];
  if (typeof v === 'string') return [...v];
  if (v instanceof DictValue) return [...v.map.keys()];
  if (v instanceof PyRange) return rangeItems(v);
  if (v instanceof PyIterator) return { [Symbol.iterator]: () => v.it };
  if (v instanceof Tensor) return tensorItems(v);
  if (v instanceof PyInstance) {
    const iter = v.cls.lookup('__iter__');
    if (iter !== undefined) {
      const r = it.call(iter, [v]);
      return r instanceof PyInstance ? protocolItems(it, r) : iterate(it, r);
    }
    if (v.cls.lookup('__next__') !== undefined) return protocolItems(it, v);
  }
  if (v instanceof PyNative && v.getAttr?.('__iter__') !== undefined) return iterate(it, it.call(v.getAttr('__iter__')!, []));
  throw pyError('TypeError', `'${it.typeName(v)}' object is not iterable`);
}
