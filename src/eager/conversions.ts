// The builtin classes int, float, bool, str, list, tuple and dict: conversions and isinstance checks.
import { Tensor } from '../runtime/tensor';
import { isIntegral } from '../runtime/dtype';
import { DictValue, TupleValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyClass, PyInstance, asIValue, tupleOf } from './objects';
import { objectClass, pyError } from './errors';
import { invokeOp } from './dispatch';
import { dictKey } from './containers';
import { noteConversion } from './tracing';

/** Tensor.__int__/__float__: a one-element tensor as a Python number (noted while tracing). */
export function tensorScalar(t: Tensor, kind: 'int' | 'float'): bigint | number | boolean {
  noteConversion(kind);
  if (t.numel !== 1) throw pyError('ValueError', `only one element tensors can be converted to Python scalars`);
  return invokeOp('aten::item', [t]) as bigint | number | boolean;
}

/** Tensor.__index__: a one-element integer tensor as an int (`range(x.size(0))` while tracing). */
export function tensorIndex(t: Tensor): bigint {
  if (t.numel !== 1 || !isIntegral(t.dtype, false)) throw pyError('TypeError', 'only integer tensors of a single element can be converted to an index');
  noteConversion('index');
  return BigInt(Math.trunc(t.item()));
}

function toInt(it: Interpreter, v: PyValue | undefined, base: PyValue | undefined): bigint {
  if (v === undefined) return 0n;
  if (v instanceof Tensor) v = tensorScalar(v, 'int');
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw pyError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') {
    const radix = base === undefined ? 10 : Number(base);
    const s = v.trim().replace(/_/g, '');
    const ok = radix === 10 ? /^[+-]?\d+$/.test(s) : /^[+-]?[0-9a-z]+$/i.test(s);
    if (!ok) throw pyError('ValueError', `invalid literal for int() with base ${radix}: ${it.repr(v)}`);
    if (radix === 10) return BigInt(s);
    const neg = s.startsWith('-');
    const digits = s.replace(/^[+-]/, '');
    let n = 0n;
    for (const d of digits.toLowerCase()) n = n * BigInt(radix) + BigInt(parseInt(d, radix));
    return neg ? -n : n;
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__int__') ?? v.cls.lookup('__index__');
    if (m !== undefined) return toInt(it, it.call(m, [v]), undefined);
  }
  throw pyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${it.typeName(v)}'`);
}

function toFloat(it: Interpreter, v: PyValue | undefined): number {
  if (v === undefined) return 0;
  if (v instanceof Tensor) v = tensorScalar(v, 'float');
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase().replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(s)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return Number(s);
    throw pyError('ValueError', `could not convert string to float: ${it.repr(v)}`);
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__float__');
    if (m !== undefined) return toFloat(it, it.call(m, [v]));
  }
  throw pyError('TypeError', `float() argument must be a string or a real number, not '${it.typeName(v)}'`);
}

function builtinClass(name: string, construct: (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue, instanceCheck: (v: PyValue) => boolean): PyClass {
  return new PyClass(name, [objectClass], null, null, { construct, instanceCheck });
}

export function builtinConverters(it: Interpreter): PyClass[] {
  return [
    builtinClass('int', (a, kw) => toInt(it, a[0], a[1] ?? kw.get('base')), (v) => typeof v === 'bigint' || typeof v === 'boolean'),
    builtinClass('float', (a) => toFloat(it, a[0]), (v) => typeof v === 'number'),
    builtinClass('bool', (a) => (a.length === 0 ? false : it.truthy(a[0]!)), (v) => typeof v === 'boolean'),
    builtinClass('str', (a) => (a.length === 0 ? '' : it.str(a[0]!)), (v) => typeof v === 'string'),
    builtinClass('list', (a) => (a.length === 0 ? [] : [...it.iterate(a[0]!)]), (v) => Array.isArray(v)),
    builtinClass('tuple', (a) => (a.length === 0 ? tupleOf([]) : a[0] instanceof TupleValue && a[0].constructor === TupleValue ? a[0] : tupleOf([...it.iterate(a[0]!)])), (v) => v instanceof TupleValue),
    builtinClass(
      'dict',
      (a, kw) => {
        const d = new DictValue();
        const src = a[0];
        if (src instanceof DictValue) for (const [k, v] of src.map) d.map.set(k, v);
        else if (src !== undefined) {
          for (const kv of it.iterate(src)) {
            const pair = [...it.iterate(kv)];
            if (pair.length !== 2) throw pyError('ValueError', `dictionary update sequence element has length ${pair.length}; 2 is required`);
            d.map.set(dictKey(it, pair[0]!), asIValue(pair[1]!));
          }
        }
        for (const [k, v] of kw) d.map.set(k, asIValue(v));
        return d;
      },
      (v) => v instanceof DictValue,
    ),
  ];
}
