// Python's builtins: print, len, range, isinstance, the builtin classes and exceptions.
import { Tensor } from '../runtime/tensor';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { formatFixed } from '../runtime/format';
import type { Interpreter } from './interpreter';
import type { Namespace, NativeFn, PyValue } from './objects';
import { PyBuiltin, PyClass, PyDescriptor, PyInstance, PyIterator, PyRange, PySlice, PySuper, asIValue, tupleOf } from './objects';
import { EXCEPTION_CLASSES, exceptionClassNamed, objectClass, pyError, makeException, PyException } from './errors';
import { invokeOp } from './dispatch';
import { compareValues, dictKey } from './containers';
import { sortValues } from './value_methods';
import { formatValue } from './format_spec';
import { builtinConverters, tensorIndex } from './conversions';
import { typeModule, typeName } from './types';
import { PySet } from './sets';

function kw(kwargs: Map<string, PyValue>, name: string, dflt: PyValue): PyValue {
  return kwargs.has(name) ? kwargs.get(name)! : dflt;
}

function toInt(it: Interpreter, v: PyValue, what = 'an integer'): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof Tensor) return tensorIndex(v);
  throw pyError('TypeError', `'${it.typeName(v)}' object cannot be interpreted as ${what}`);
}

/** `isinstance(v, cls)` for one class. */
export function isInstance(v: PyValue, cls: PyClass): boolean {
  if (v instanceof PyInstance) return v.cls.isSubclassOf(cls);
  if (cls === objectClass) return true;
  return cls.native.instanceCheck?.(v) ?? false;
}

/** Python's round-half-to-even `round(x)` and `round(x, n)`. */
function pyRound(x: number, n: bigint | null): PyValue {
  if (n === null) {
    if (!Number.isFinite(x)) throw pyError(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    const f = Math.floor(x);
    const diff = x - f;
    const r = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return BigInt(r);
  }
  if (!Number.isFinite(x)) return x;
  if (n >= 0n) return Number(formatFixed(x, Number(n)));
  const p = 10 ** Number(-n);
  return Number(pyRound(x / p, null)) * p;
}

function minMax(it: Interpreter, args: PyValue[], kwargs: Map<string, PyValue>, sign: number, name: string): PyValue {
  const key = kw(kwargs, 'key', null);
  const items = args.length === 1 ? [...it.iterate(args[0]!)] : args;
  if (items.length === 0) {
    if (kwargs.has('default')) return kwargs.get('default')!;
    throw pyError('ValueError', `${name}() arg is an empty sequence`);
  }
  let best: PyValue = items[0]!;
  let bestKey: PyValue = key === null ? best : it.call(key, [best]);
  for (const x of items.slice(1)) {
    const k = key === null ? x : it.call(key, [x]);
    if (compareValues(it, k, bestKey) * sign > 0) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function lazy(gen: Iterable<PyValue>): PyIterator {
  return new PyIterator(gen[Symbol.iterator]());
}

export function makeBuiltins(it: Interpreter): Namespace {
  const ns: Namespace = new Map();
  const fn = (name: string, f: NativeFn) => ns.set(name, new PyBuiltin(name, f));
  for (const [name, cls] of EXCEPTION_CLASSES) ns.set(name, cls);
  ns.set('Exception', exceptionClassNamed('Exception'));
  exceptionClassNamed('BaseException').dict.set(
    '__init__',
    new PyBuiltin('__init__', (a) => {
      (a[0] as PyInstance).dict.set('args', tupleOf(a.slice(1)));
      return null;
    }),
  );
  objectClass.dict.set(
    '__init__',
    new PyBuiltin('__init__', (a) => {
      if (a.length > 1) throw pyError('TypeError', `${it.typeName(a[0]!)}() takes no arguments`);
      return null;
    }),
  );
  ns.set('object', objectClass);
  for (const c of builtinConverters(it)) ns.set(c.name, c);

  fn('print', (args, kwargs) => {
    const sep = kw(kwargs, 'sep', ' ');
    const end = kw(kwargs, 'end', '\n');
    it.write(args.map((a) => it.str(a)).join(sep === null ? ' ' : String(sep)) + (end === null ? '\n' : String(end)));
    return null;
  });
  fn('len', ([v]) => {
    if (typeof v === 'string') return BigInt([...v].length);
    if (Array.isArray(v)) return BigInt(v.length);
    if (v instanceof TupleValue) return BigInt(v.elements.length);
    if (v instanceof DictValue) return BigInt(v.map.size);
    if (v instanceof PyRange) return v.length;
    if (v instanceof Tensor) return it.call(it.getAttr(v, '__len__'), []);
    if (v instanceof PyInstance && v.cls.lookup('__len__') !== undefined) return it.call(it.getAttr(v, '__len__'), []);
    if (v instanceof PySet) return BigInt(v.items.map.size);
    throw pyError('TypeError', `object of type '${it.typeName(v ?? null)}' has no len()`);
  });
  fn('set', (args) => new PySet(it, args.length === 0 ? [] : it.iterate(args[0]!)));
  fn('range', (args) => {
    const n = args.map((a) => toInt(it, a));
    const [start, stop, step] = n.length === 1 ? [0n, n[0]!, 1n] : [n[0]!, n[1]!, n[2] ?? 1n];
    if (step === 0n) throw pyError('ValueError', 'range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
  });
  fn('enumerate', (args, kwargs) => {
    let i = toInt(it, args[1] ?? kw(kwargs, 'start', 0n));
    const src = it.iterate(args[0]!);
    return lazy((function* () {
      for (const v of src) yield tupleOf([i++, v]);
    })());
  });
  // Rows of items taken in step from several iterables, until the shortest ends (zip, map).
  function* rows(iterables: readonly PyValue[]): Generator<PyValue[]> {
    const iters = iterables.map((a) => it.iterate(a)[Symbol.iterator]());
    for (;;) {
      const row: PyValue[] = [];
      for (const i of iters) {
        const r = i.next();
        if (r.done) return;
        row.push(r.value);
      }
      yield row;
    }
  }
  fn('zip', (args) =>
    lazy((function* () {
      if (args.length === 0) return;
      for (const row of rows(args)) yield tupleOf(row);
    })()),
  );
  fn('map', ([f, ...srcs]) =>
    lazy((function* () {
      for (const row of rows(srcs)) yield it.call(f!, row);
    })()),
  );
  fn('filter', ([f, src]) => lazy([...it.iterate(src!)].filter((x) => it.truthy(f === null ? x : it.call(f!, [x])))));
  fn('reversed', ([v]) => lazy([...it.iterate(v!)].reverse()));
  fn('sorted', (args, kwargs) => sortValues(it, [...it.iterate(args[0]!)], kw(kwargs, 'key', null), it.truthy(kw(kwargs, 'reverse', false))));
  fn('min', (a, k) => minMax(it, a, k, -1, 'min'));
  fn('max', (a, k) => minMax(it, a, k, 1, 'max'));
  fn('sum', (args, kwargs) => {
    let acc = args[1] ?? kw(kwargs, 'start', 0n);
    for (const x of it.iterate(args[0]!)) acc = it.binary('Add', acc, x);
    return acc;
  });
  fn('any', ([v]) => [...it.iterate(v!)].some((x) => it.truthy(x)));
  fn('all', ([v]) => [...it.iterate(v!)].every((x) => it.truthy(x)));
  fn('abs', ([v]) => {
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'number') return Math.abs(v);
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (v instanceof Tensor) return invokeOp('aten::abs', [v]);
    throw pyError('TypeError', `bad operand type for abs(): '${it.typeName(v ?? null)}'`);
  });
  fn('round', ([v, n]) => {
    const digits = n === undefined || n === null ? null : toInt(it, n);
    if (typeof v === 'bigint') return digits === null || digits >= 0n ? v : BigInt(Number(pyRound(Number(v), digits)));
    if (typeof v === 'number') return pyRound(v, digits);
    if (v instanceof Tensor) return invokeOp('aten::round', [v]);
    throw pyError('TypeError', `type ${it.typeName(v ?? null)} doesn't define __round__ method`);
  });
  fn('divmod', ([a, b]) => tupleOf([it.binary('FloorDiv', a!, b!), it.binary('Mod', a!, b!)]));
  fn('pow', ([a, b]) => it.binary('Pow', a!, b!));
  // hex/oct/bin: Python's prefixes, the sign before the prefix.
  for (const [name, radix, prefix] of [['hex', 16, '0x'], ['oct', 8, '0o'], ['bin', 2, '0b']] as const) {
    fn(name, ([v]) => {
      const n = v instanceof Tensor ? BigInt(toInt(it, v)) : typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : null;
      if (n === null) throw pyError('TypeError', `'${it.typeName(v ?? null)}' object cannot be interpreted as an integer`);
      return n < 0n ? `-${prefix}${(-n).toString(radix)}` : `${prefix}${n.toString(radix)}`;
    });
  }
  fn('isinstance', ([v, c]) => {
    const classes = c instanceof TupleValue ? (c.elements as PyValue[]) : [c!];
    return classes.some((x) => {
      if (!(x instanceof PyClass)) throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
      return isInstance(v!, x);
    });
  });
  fn('issubclass', ([a, b]) => a instanceof PyClass && b instanceof PyClass && a.isSubclassOf(b));
  fn('hasattr', ([o, n]) => it.tryGetAttr(o!, String(n)) !== undefined);
  fn('getattr', ([o, n, d]) => (d === undefined ? it.getAttr(o!, String(n)) : (it.tryGetAttr(o!, String(n)) ?? d)));
  fn('setattr', ([o, n, v]) => (it.setAttr(o!, String(n), v!), null));
  fn('delattr', ([o, n]) => {
    if (o instanceof PyInstance) {
      for (const w of ['_parameters', '_buffers', '_modules']) (o.dict.get(w) as DictValue | undefined)?.map.delete(String(n));
      o.dict.delete(String(n));
    }
    return null;
  });
  fn('callable', ([v]) => v instanceof PyBuiltin || v instanceof PyClass || it.typeName(v!) === 'function' || it.typeName(v!) === 'method' || (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined));
  fn('repr', ([v]) => it.repr(v!));
  fn('format', ([v, spec]) => formatValue(it, v!, spec === undefined ? '' : String(spec)));
  fn('chr', ([v]) => String.fromCodePoint(Number(toInt(it, v!))));
  fn('ord', ([v]) => BigInt(String(v).codePointAt(0) ?? 0));
  fn('id', ([v]) => idOf(v!));
  fn('hash', ([v]) => {
    const k = dictKey(it, v!);
    return typeof k === 'bigint' ? k : typeof k === 'string' ? BigInt([...k].reduce((h, c) => (h * 31 + c.codePointAt(0)!) | 0, 0)) : idOf(v!);
  });
  fn('iter', ([v]) => (v instanceof PyIterator ? v : new PyIterator(it.iterate(v!)[Symbol.iterator]())));
  fn('next', ([v, d]) => {
    if (!(v instanceof PyIterator)) throw pyError('TypeError', `'${it.typeName(v ?? null)}' object is not an iterator`);
    const r = v.it.next();
    if (!r.done) return r.value;
    if (d !== undefined) return d;
    throw new PyException(makeException(exceptionClassNamed('StopIteration'), []));
  });
  fn('super', ([cls, self]) => {
    if (!(cls instanceof PyClass) || self === undefined) throw pyError('RuntimeError', 'super(): __class__ cell not found');
    return new PySuper(cls, self);
  });
  fn('property', ([f]) => new PyDescriptor('property', f!));
  fn('staticmethod', ([f]) => new PyDescriptor('staticmethod', f!));
  fn('classmethod', ([f]) => new PyDescriptor('classmethod', f!));
  ns.set(
    'slice',
    new PyClass('slice', [objectClass], null, null, {
      construct: (a) => (a.length === 1 ? new PySlice(null, a[0]!, null) : new PySlice(a[0] ?? null, a[1] ?? null, a[2] ?? null)),
      instanceCheck: (v) => v instanceof PySlice,
    }),
  );
  fn('type', ([v]) => (v instanceof PyInstance ? v.cls : (ns.get(typeName(v!)) instanceof PyClass ? ns.get(typeName(v!))! : new PyClass(typeName(v!), [objectClass], null, null, {}, typeModule(v!)))));
  fn('vars', ([v]) => new DictValue(v instanceof PyInstance ? [...v.dict].map(([k, x]) => [k, asIValue(x)] as const) : []));
  ns.set('_IncompatibleKeys', incompatibleKeysClass(it));
  ns.set('None', null);
  return ns;
}

const ids = new WeakMap<object, bigint>();
let nextId = 140000000000000n;

function idOf(v: PyValue): bigint {
  if (v === null || typeof v !== 'object') return BigInt([...String(v)].length) + 9000n;
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 16n;
    ids.set(v, id);
  }
  return id;
}

/** The value load_state_dict returns; prints `<All keys matched successfully>` when both lists are empty. */
function incompatibleKeysClass(it: Interpreter): PyClass {
  const cls = new PyClass('_IncompatibleKeys', [objectClass], null, null, {}, 'torch.nn.modules.module');
  cls.dict.set(
    '__init__',
    new PyBuiltin('__init__', ([self, missing, unexpected]) => {
      (self as PyInstance).dict.set('missing_keys', missing!);
      (self as PyInstance).dict.set('unexpected_keys', unexpected!);
      return null;
    }),
  );
  cls.dict.set(
    '__repr__',
    new PyBuiltin('__repr__', ([self]) => {
      const d = (self as PyInstance).dict;
      const missing = d.get('missing_keys') as PyValue[];
      const unexpected = d.get('unexpected_keys') as PyValue[];
      if (missing.length === 0 && unexpected.length === 0) return '<All keys matched successfully>';
      return `_IncompatibleKeys(missing_keys=${it.repr(missing)}, unexpected_keys=${it.repr(unexpected)})`;
    }),
  );
  return cls;
}
