// List, str and dict operators (TorchScript's builtins on containers).
import type { DictKey, IValue } from '../runtime/ivalue';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp, defineOps } from './registry';
import { ivalueStr } from './pyvalue';
import { scriptStr } from './script_str';

/** Python's index normalisation with TorchScript's IndexError text. */
function normIndex(i: number, len: number, what = 'list'): number {
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw new TorchError('IndexError', `${what} index out of range`);
  return j;
}

/** Python slice bounds for a sequence of `len`. */
function sliceIndices(len: number, start: number | null, end: number | null, step: number): number[] {
  if (step === 0) throw new TorchError('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    const x = v < 0 ? v + len : v;
    return Math.min(Math.max(x, lo), hi);
  };
  const out: number[] = [];
  if (step > 0) for (let i = clamp(start, 0, 0, len), e = clamp(end, len, 0, len); i < e; i += step) out.push(i);
  else for (let i = clamp(start, len - 1, -1, len - 1), e = clamp(end, -1, -1, len - 1); i > e; i += step) out.push(i);
  return out;
}

/** Python equality of IValues (tensors by identity, as in `in` for Tensor lists). */
export function ivalueEquals(a: IValue, b: IValue): boolean {
  if (typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean') {
    if (typeof b === 'bigint' || typeof b === 'number' || typeof b === 'boolean') return Number(a) === Number(b);
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => ivalueEquals(x, b[i]));
  if (a instanceof TupleValue && b instanceof TupleValue) return ivalueEquals(a.elements, b.elements);
  return a === b;
}

defineOp('aten::len.t(t[] a) -> int', (a) => BigInt(A.list(a[0]).length));
defineOp('aten::len.any(Any[] a) -> int', (a) => BigInt(A.list(a[0]).length));
defineOp('aten::len.str(str s) -> int', (a) => BigInt([...A.str(a[0])].length));
defineOp('aten::__getitem__.t(t[](a) list, int idx) -> t(*)', (a) => {
  const l = A.list(a[0]);
  return l[normIndex(A.int(a[1]), l.length)];
});
defineOp('aten::select.t(t[](a) list, int idx) -> t(*)', (a) => {
  const l = A.list(a[0]);
  return l[normIndex(A.int(a[1]), l.length)];
});
defineOp('aten::_set_item.t(t[](a!) l, int idx, t(b -> *) el) -> t[](a!)', (a) => {
  const l = A.list(a[0]);
  l[normIndex(A.int(a[1]), l.length, 'list assignment')] = a[2];
  return l;
});
defineOp('aten::append.t(t[](a!) self, t(c -> *) el) -> t[](a!)', (a) => {
  A.list(a[0]).push(a[1]);
  return a[0];
});
defineOp('aten::extend.t(t[](a!) self, t[] other) -> ()', (a) => {
  A.list(a[0]).push(...A.list(a[1]));
  return null;
});
defineOp('aten::insert.t(t[](a!) self, int idx, t(b -> *) el) -> ()', (a) => {
  const l = A.list(a[0]);
  const i = A.int(a[1]);
  l.splice(Math.min(Math.max(i < 0 ? i + l.length : i, 0), l.length), 0, a[2]);
  return null;
});
defineOp('aten::pop.t(t[](a!) self, int idx=-1) -> t(*)', (a) => {
  const l = A.list(a[0]);
  if (l.length === 0) throw new TorchError('IndexError', 'pop from empty list');
  return l.splice(normIndex(A.int(a[1]), l.length, 'pop'), 1)[0];
});
defineOp('aten::clear.t(t[](a!) self) -> ()', (a) => {
  A.list(a[0]).length = 0;
  return null;
});
defineOp('aten::reverse.t(t[](a!) self) -> ()', (a) => {
  A.list(a[0]).reverse();
  return null;
});
defineOp('aten::add.t(t[] a, t[] b) -> t[]', (a) => [...A.list(a[0]), ...A.list(a[1])]);
defineOp('aten::add_.t(t[](a!) self, t[] b) -> t[]', (a) => {
  A.list(a[0]).push(...A.list(a[1]));
  return a[0];
});
const repeatList = (l: IValue[], n: number): IValue[] => Array.from({ length: Math.max(n, 0) }, () => l).flat(1) as IValue[];
defineOp('aten::mul.left_t(t[] l, int n) -> t[]', (a) => repeatList(A.list(a[0]), A.int(a[1])));
defineOp('aten::mul.right_(int n, t[] l) -> t[]', (a) => repeatList(A.list(a[1]), A.int(a[0])));
defineOp('aten::slice.t(t[] l, int? start=None, int? end=None, int step=1) -> t[]', (a) => {
  const l = A.list(a[0]);
  return sliceIndices(l.length, A.optInt(a[1]), A.optInt(a[2]), A.int(a[3])).map((i) => l[i]);
});
defineOp('aten::list.t(t[] l) -> t[]', (a) => [...A.list(a[0])]);
defineOp('aten::copy.t(t[](a) self) -> t[]', (a) => [...A.list(a[0])]);
defineOp('aten::Delete.t(t[](a!) self, int idx) -> ()', (a) => {
  const l = A.list(a[0]);
  l.splice(normIndex(A.int(a[1]), l.length, 'list assignment'), 1);
  return null;
});
defineOps(
  ['aten::__contains__.int_list(int[] l, int item) -> bool', 'aten::__contains__.float_list(float[] l, float item) -> bool', 'aten::__contains__.str_list(str[] l, str item) -> bool'],
  (a) => A.list(a[0]).some((x) => ivalueEquals(x, a[1])),
);
for (const [ov, t] of [['int', 'int'], ['float', 'float'], ['bool', 'bool'], ['Tensor', 'Tensor'], ['str', 'str']]) {
  defineOp(`aten::index.list_${ov}(${t}[] self, ${t} el) -> int`, (a) => {
    const i = A.list(a[0]).findIndex((x) => ivalueEquals(x, a[1]));
    if (i < 0) throw new TorchError('ValueError', `'${ivalueStr(a[1])}' is not in list`);
    return BigInt(i);
  });
  defineOp(`aten::remove.${ov}(${t}[](a!) self, ${t} el) -> ()`, (a) => {
    const l = A.list(a[0]);
    const i = l.findIndex((x) => ivalueEquals(x, a[1]));
    if (i < 0) throw new TorchError('RuntimeError', 'list.remove(x): x not in list');
    l.splice(i, 1);
    return null;
  });
  if (ov !== 'Tensor') {
    defineOp(`aten::count.${ov}(${t}[] self, ${t} el) -> int`, (a) => BigInt(A.list(a[0]).filter((x) => ivalueEquals(x, a[1])).length));
    // list.sort() on numbers, bools and strings (bools as 0/1), stable like Python's.
    const key = (x: IValue): number | bigint | string => (typeof x === 'boolean' ? Number(x) : (x as number | bigint | string));
    const order = (x: IValue, y: IValue): number => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
    defineOp(`aten::sort.${ov}(${t}[](a!) self, bool reverse=False) -> ()`, (a) => {
      const l = A.list(a[0]);
      l.sort(order);
      if (a[1] === true) l.reverse();
      return null;
    });
    // sorted(): a sorted copy.
    defineOp(`aten::sorted.${ov}(${t}[](a) input) -> ${t}[]`, (a) => [...A.list(a[0])].sort(order));
  }
}
defineOp('aten::sum.int(int[] self) -> int', (a) => A.list(a[0]).reduce<bigint>((s, x) => s + (x as bigint), 0n));
defineOp('aten::sum.float(float[] self) -> float', (a) => A.list(a[0]).reduce<number>((s, x) => s + A.float(x), 0));
defineOp('aten::eq.int_list(int[] a, int[] b) -> bool', (a) => ivalueEquals(a[0], a[1]));
defineOp('aten::eq.float_list(float[] a, float[] b) -> bool', (a) => ivalueEquals(a[0], a[1]));
defineOp('aten::eq.bool_list(bool[] a, bool[] b) -> bool', (a) => ivalueEquals(a[0], a[1]));
defineOp('aten::eq.str_list(str[] a, str[] b) -> bool', (a) => ivalueEquals(a[0], a[1]));
defineOp('aten::ne.int_list(int[] a, int[] b) -> bool', (a) => !ivalueEquals(a[0], a[1]));

// Strings.
defineOp('aten::add.str(str a, str b) -> str', (a) => A.str(a[0]) + A.str(a[1]));
defineOp('aten::__getitem__.str(str s, int index) -> str', (a) => {
  const s = [...A.str(a[0])];
  return s[normIndex(A.int(a[1]), s.length, 'string')];
});
defineOp('aten::slice.str(str string, int? start=None, int? end=None, int step=1) -> str', (a) => {
  const s = [...A.str(a[0])];
  return sliceIndices(s.length, A.optInt(a[1]), A.optInt(a[2]), A.int(a[3])).map((i) => s[i]).join('');
});
defineOp('aten::upper(str self) -> str', (a) => A.str(a[0]).toUpperCase());
defineOp('aten::lower(str self) -> str', (a) => A.str(a[0]).toLowerCase());
defineOp('aten::startswith(str self, str substr, int start=0, int end=-1) -> bool', (a) => A.str(a[0]).startsWith(A.str(a[1]), A.int(a[2])));
defineOp('aten::endswith(str self, str substr, int start=0, int end=-1) -> bool', (a) => A.str(a[0]).endsWith(A.str(a[1])));
defineOp('aten::strip(str self, str chars=" \\n\\t\\f\\v") -> str', (a) => {
  const chars = new Set(A.str(a[1]));
  const s = [...A.str(a[0])];
  let [i, j] = [0, s.length];
  while (i < j && chars.has(s[i])) i++;
  while (j > i && chars.has(s[j - 1])) j--;
  return s.slice(i, j).join('');
});
defineOp('aten::replace(str self, str old, str new, int max=-1) -> str', (a) => {
  const max = A.int(a[3]);
  const parts = A.str(a[0]).split(A.str(a[1]));
  if (max < 0 || max >= parts.length - 1) return parts.join(A.str(a[2]));
  return parts.slice(0, max + 1).join(A.str(a[2])) + A.str(a[1]) + parts.slice(max + 1).join(A.str(a[1]));
});
defineOp('aten::join(str self, str[] values) -> str', (a) => A.list(a[1]).map(A.str).join(A.str(a[0])));
defineOp('aten::split.str(str self, str? separator=None, int max=-1) -> str[]', (a) => {
  const s = A.str(a[0]);
  const sep = A.optStr(a[1]);
  const max = A.int(a[2]);
  // TorchScript splits on whitespace runs ignoring `max` (unlike Python's str.split()).
  if (sep === null) return s.split(/\s+/).filter((x) => x !== '');
  if (sep === '') throw new TorchError('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(sep)];
});
defineOp('aten::format(str self, ...) -> str', (a) => {
  const args = a.slice(1);
  let k = 0;
  return A.str(a[0]).replace(/\{(\d*)\}/g, (_, n: string) => scriptStr(args[n === '' ? k++ : Number(n)] ?? null));
});

// Dicts: one kernel per operation, registered for each key type overload.
const KEYS: [string, string][] = [['str', 'str'], ['int', 'int'], ['bool', 'bool'], ['float', 'float'], ['Tensor', 'Tensor']];
const dict = (v: IValue): DictValue => {
  if (v instanceof DictValue) return v;
  throw new Error('kernel argument: expected dict');
};
const key = (v: IValue): DictKey => {
  if (v instanceof Tensor || typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw new Error('kernel argument: invalid dict key');
};
function getItem(d: DictValue, k: IValue): IValue {
  const kk = key(k);
  if (!d.map.has(kk)) throw new TorchError('KeyError', ivalueStr(k));
  return d.map.get(kk) as IValue;
}
for (const [ov, t] of KEYS) {
  const D = `Dict(${t}, t)`;
  defineOp(`aten::len.Dict_${ov}(${D} self) -> int`, (a) => BigInt(dict(a[0]).map.size));
  defineOp(`aten::__getitem__.Dict_${ov}(${D} self, ${t} key) -> t(*)`, (a) => getItem(dict(a[0]), a[1]));
  defineOp(`aten::_set_item.${ov}(${D}(a!) l, ${t}(b -> *) idx, t(c -> *) v) -> ()`, (a) => {
    dict(a[0]).map.set(key(a[1]), a[2]);
    return null;
  });
  defineOp(`aten::__contains__.${ov}(${D} dict, ${t} key) -> bool`, (a) => dict(a[0]).map.has(key(a[1])));
  defineOp(`aten::keys.${ov}(${D} self) -> ${t}[](*)`, (a) => [...dict(a[0]).map.keys()]);
  defineOp(`aten::values.${ov}(${D} self) -> t[](*)`, (a) => [...dict(a[0]).map.values()]);
  defineOp(`aten::items.${ov}(${D} self) -> ((${t}, t)[])`, (a) => [...dict(a[0]).map].map(([k, v]) => new TupleValue([k, v])));
  defineOp(`aten::get.${ov}(${D} self, ${t} key) -> t(*)?`, (a) => dict(a[0]).map.get(key(a[1])) ?? null);
  defineOp(`aten::get.default_${ov}(${D} self, ${t} key, t default_value) -> t(*)`, (a) => {
    const d = dict(a[0]);
    return d.map.has(key(a[1])) ? (d.map.get(key(a[1])) as IValue) : a[2];
  });
  defineOp(`aten::setdefault.${ov}(${D}(a!) self, ${t}(b -> *) key, t(c -> *) default_value) -> t(*)`, (a) => {
    const d = dict(a[0]);
    if (!d.map.has(key(a[1]))) d.map.set(key(a[1]), a[2]);
    return d.map.get(key(a[1])) as IValue;
  });
  defineOp(`aten::pop.Dict_${ov}(${D}(a!) self, ${t} key) -> t(*)`, (a) => {
    const d = dict(a[0]);
    const v = getItem(d, a[1]);
    d.map.delete(key(a[1]));
    return v;
  });
  defineOp(`aten::copy.Dict_${ov}(${D}(a) self) -> ${D}`, (a) => new DictValue(dict(a[0]).map));
  defineOp(`aten::Delete.Dict_${ov}(${D}(a!) self, ${t} key) -> ()`, (a) => {
    getItem(dict(a[0]), a[1]);
    dict(a[0]).map.delete(key(a[1]));
    return null;
  });
  defineOp(`aten::update.${ov}(${D}(a!) self, ${D}(a!) to_add) -> ()`, (a) => {
    const d = dict(a[0]);
    for (const [k, v] of dict(a[1]).map) d.map.set(k, v);
    return null;
  });
  defineOp(`aten::clear.${ov}(${D}(a!) self) -> ()`, (a) => {
    dict(a[0]).map.clear();
    return null;
  });
  defineOp(`aten::popitem.${ov}(${D}(a!) self) -> ((${t}, t))`, (a) => {
    const d = dict(a[0]);
    const last = [...d.map].pop();
    if (last === undefined) throw new TorchError('KeyError', 'popitem(): dictionary is empty');
    d.map.delete(last[0]);
    return new TupleValue([last[0], last[1]]);
  });
  defineOp(`aten::pop.Dict_default_${ov}(${D}(a!) self, ${t} key, t default_value) -> t(*)`, (a) => {
    const d = dict(a[0]);
    if (!d.map.has(key(a[1]))) return a[2];
    const v = d.map.get(key(a[1])) as IValue;
    d.map.delete(key(a[1]));
    return v;
  });
}

// Identity: objects by reference; None, bools and ints by value (CPython caches small ints).
defineOp('aten::__is__(t1 self, t2 obj) -> bool', (a) => a[0] === a[1]);
defineOp('aten::__isnot__(t1 self, t2 obj) -> bool', (a) => a[0] !== a[1]);

// any()/all() of a list: truthiness of each element (a non-empty string, a non-zero number).
const truthy = (v: IValue): boolean => (typeof v === 'string' ? v.length > 0 : typeof v === 'bigint' ? v !== 0n : Boolean(v));
for (const t of ['str', 'int', 'float', 'bool']) defineOp(`aten::any.${t}(${t}[] self) -> bool`, (a) => A.list(a[0]).some(truthy));
for (const t of ['int', 'float', 'bool']) defineOp(`aten::all.${t}(${t}[] self) -> bool`, (a) => A.list(a[0]).every(truthy));

// prim::tolist(t, dims, element code 0 int / 1 float / 2 bool): nested lists, checked against the annotation.
defineOp('prim::tolist(...) -> ...', (a) => {
  const t = a[0];
  if (!(t instanceof Tensor)) throw new Error('kernel argument: expected tensor');
  const dims = A.int(a[1]);
  const code = A.int(a[2]);
  const kind = t.dtype === 'bool' ? 2 : t.isFloatingPoint ? 1 : 0;
  if (kind !== code) throw new TorchError('RuntimeError', 'Output annotation element type and runtime tensor element type must match for tolist()');
  if (dims !== t.ndim) throw new TorchError('RuntimeError', 'Output annotation list dimension and runtime tensor dimension must match for tolist()');
  const values = t.values();
  const conv = (x: number): IValue => (kind === 2 ? x !== 0 : kind === 1 ? x : BigInt(x));
  if (t.ndim === 0) return conv(values[0]!);
  const build = (dim: number, offset: number): IValue[] => {
    const stride = t.shape.slice(dim + 1).reduce((p, q) => p * q, 1);
    return Array.from({ length: t.shape[dim]! }, (_, i) => (dim === t.ndim - 1 ? conv(values[offset + i]!) : build(dim + 1, offset + i * stride)));
  };
  return build(0, 0);
});
