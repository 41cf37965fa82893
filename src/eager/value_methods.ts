// Methods of builtin values: str, list, dict, tuple, int and float.
import { DictValue, TupleValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyBuiltin, asIValue, tupleOf } from './objects';
import { pyError } from './errors';
import { compareValues, dictKey, findKey, pyEquals } from './containers';
import { formatValue } from './format_spec';

type Fn = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue;

function strArg(it: Interpreter, v: PyValue | undefined, what: string): string {
  if (typeof v !== 'string') throw pyError('TypeError', `${what} must be str, not ${v === undefined ? 'nothing' : it.typeName(v)}`);
  return v;
}

function strMethods(it: Interpreter, s: string): Record<string, Fn> {
  const strip = (chars: PyValue | undefined, left: boolean, right: boolean) => {
    const set = chars === undefined || chars === null ? null : new Set([...strArg(it, chars, 'strip arg')]);
    const isStrip = (c: string) => (set ? set.has(c) : /\s/.test(c));
    const cs = [...s];
    let a = 0;
    let b = cs.length;
    if (left) while (a < b && isStrip(cs[a]!)) a++;
    if (right) while (b > a && isStrip(cs[b - 1]!)) b--;
    return cs.slice(a, b).join('');
  };
  return {
    upper: () => s.toUpperCase(),
    lower: () => s.toLowerCase(),
    strip: (a) => strip(a[0], true, true),
    lstrip: (a) => strip(a[0], true, false),
    rstrip: (a) => strip(a[0], false, true),
    startswith: (a) => s.startsWith(strArg(it, a[0], 'startswith arg')),
    endswith: (a) => s.endsWith(strArg(it, a[0], 'endswith arg')),
    find: (a) => BigInt(s.indexOf(strArg(it, a[0], 'find arg'))),
    count: (a) => BigInt(s.split(strArg(it, a[0], 'count arg')).length - 1),
    replace: (a) => s.split(strArg(it, a[0], 'replace arg')).join(strArg(it, a[1], 'replace arg')),
    split: (a, kw) => {
      const sep = a[0] ?? kw.get('sep') ?? null;
      if (sep === null) return s.split(/\s+/).filter((x) => x !== '');
      const sepStr = strArg(it, sep, 'separator');
      if (sepStr === '') throw pyError('ValueError', 'empty separator');
      return s.split(sepStr);
    },
    join: (a) =>
      [...it.iterate(a[0]!)]
        .map((x, i) => {
          if (typeof x !== 'string') throw pyError('TypeError', `sequence item ${i}: expected str instance, ${it.typeName(x)} found`);
          return x;
        })
        .join(s),
    format: (a, kw) => {
      let auto = 0;
      return s.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, field: string | undefined) => {
        if (m === '{{') return '{';
        if (m === '}}') return '}';
        const [ref, spec] = (field ?? '').split(/:(.*)/s) as [string, string | undefined];
        const [name, conv] = ref.split('!') as [string, string | undefined];
        let v: PyValue | undefined = name === '' ? a[auto++] : /^\d+$/.test(name) ? a[Number(name)] : kw.get(name);
        if (v === undefined) throw pyError('IndexError', `Replacement index ${name === '' ? auto - 1 : name} out of range for positional args tuple`);
        if (conv === 'r') v = it.repr(v);
        return formatValue(it, v, spec ?? '');
      });
    },
    isdigit: () => s.length > 0 && /^\d+$/.test(s),
    isalpha: () => s.length > 0 && /^\p{L}+$/u.test(s),
    isspace: () => s.length > 0 && /^\s+$/.test(s),
    capitalize: () => (s.length ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s),
    title: () => s.replace(/\w\S*/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()),
    zfill: (a) => s.padStart(Number(a[0]), '0'),
    ljust: (a) => s.padEnd(Number(a[0]), typeof a[1] === 'string' ? a[1] : ' '),
    rjust: (a) => s.padStart(Number(a[0]), typeof a[1] === 'string' ? a[1] : ' '),
  };
}

function listMethods(it: Interpreter, l: PyValue[]): Record<string, Fn> {
  const index = (i: PyValue | undefined, insert = false) => {
    let n = i === undefined ? l.length - 1 : Number(i);
    if (n < 0) n += l.length;
    if (insert) return Math.min(Math.max(n, 0), l.length);
    if (n < 0 || n >= l.length) throw pyError('IndexError', l.length === 0 ? 'pop from empty list' : 'pop index out of range');
    return n;
  };
  return {
    append: (a) => (l.push(a[0]!), null),
    extend: (a) => (l.push(...it.iterate(a[0]!)), null),
    insert: (a) => (l.splice(index(a[0], true), 0, a[1]!), null),
    pop: (a) => l.splice(index(a[0]), 1)[0]!,
    clear: () => ((l.length = 0), null),
    reverse: () => (l.reverse(), null),
    copy: () => [...l],
    index: (a) => {
      const i = l.findIndex((x) => pyEquals(it, x, a[0]!));
      if (i < 0) throw pyError('ValueError', `${it.repr(a[0]!)} is not in list`);
      return BigInt(i);
    },
    count: (a) => BigInt(l.filter((x) => pyEquals(it, x, a[0]!)).length),
    remove: (a) => {
      const i = l.findIndex((x) => pyEquals(it, x, a[0]!));
      if (i < 0) throw pyError('ValueError', 'list.remove(x): x not in list');
      l.splice(i, 1);
      return null;
    },
    sort: (_a, kw) => {
      const sorted = it.call(it.builtins.get('sorted')!, [l], kw) as PyValue[];
      l.splice(0, l.length, ...sorted);
      return null;
    },
  };
}

function dictMethods(it: Interpreter, d: DictValue): Record<string, Fn> {
  const get = (k: PyValue) => findKey(d, dictKey(it, k));
  return {
    keys: () => [...d.map.keys()],
    values: () => [...d.map.values()],
    items: () => [...d.map].map(([k, v]) => tupleOf([k, v])),
    get: (a) => {
      const k = get(a[0]!);
      return k === undefined ? (a[1] ?? null) : d.map.get(k)!;
    },
    pop: (a) => {
      const k = get(a[0]!);
      if (k === undefined) {
        if (a.length > 1) return a[1]!;
        const e = pyError('KeyError');
        e.value.dict.set('args', tupleOf([a[0]!]));
        throw e;
      }
      const v = d.map.get(k)!;
      d.map.delete(k);
      return v;
    },
    setdefault: (a) => {
      const k = get(a[0]!);
      if (k !== undefined) return d.map.get(k)!;
      d.map.set(dictKey(it, a[0]!), asIValue(a[1] ?? null));
      return a[1] ?? null;
    },
    update: (a, kw) => {
      if (a[0] instanceof DictValue) for (const [k, v] of a[0].map) d.map.set(k, v);
      else if (a[0] !== undefined) for (const kv of it.iterate(a[0])) {
        const [k, v] = [...it.iterate(kv)];
        d.map.set(dictKey(it, k!), asIValue(v!));
      }
      for (const [k, v] of kw) d.map.set(k, asIValue(v));
      return null;
    },
    clear: () => (d.map.clear(), null),
    copy: () => new DictValue(d.map),
    __delitem__: (a) => {
      const k = get(a[0]!);
      if (k === undefined) throw pyError('KeyError', it.repr(a[0]!));
      d.map.delete(k);
      return null;
    },
  };
}

function tupleMethods(it: Interpreter, t: TupleValue): Record<string, Fn> {
  const items = t.elements as PyValue[];
  return {
    index: (a) => {
      const i = items.findIndex((x) => pyEquals(it, x, a[0]!));
      if (i < 0) throw pyError('ValueError', 'tuple.index(x): x not in tuple');
      return BigInt(i);
    },
    count: (a) => BigInt(items.filter((x) => pyEquals(it, x, a[0]!)).length),
    numel: () => items.reduce<bigint>((n, x) => n * (x as bigint), 1n),
    _asdict: () => new DictValue((t.names ?? []).map((n, i) => [n, t.elements[i]!] as const)),
  };
}

function numberMethods(v: bigint | number): Record<string, Fn> {
  if (typeof v === 'number') {
    return {
      is_integer: () => Number.isInteger(v),
      __round__: () => BigInt(Math.round(v)),
    };
  }
  return { bit_length: () => BigInt(v < 0n ? (-v).toString(2).length : v === 0n ? 0 : v.toString(2).length) };
}

/** A bound builtin method of a str/list/dict/tuple/number, or undefined. */
export function valueMethod(it: Interpreter, v: PyValue, name: string): PyValue | undefined {
  let table: Record<string, Fn> | null = null;
  if (typeof v === 'string') table = strMethods(it, v);
  else if (Array.isArray(v)) table = listMethods(it, v);
  else if (v instanceof DictValue) table = dictMethods(it, v);
  else if (v instanceof TupleValue) table = tupleMethods(it, v);
  else if (typeof v === 'bigint' || typeof v === 'number') table = numberMethods(v);
  const fn = table && Object.hasOwn(table, name) ? table[name] : undefined;
  if (fn === undefined) return undefined;
  return new PyBuiltin(name, fn);
}

/** `sorted` key comparison shared by sorted() and list.sort(). */
export function sortValues(it: Interpreter, items: PyValue[], key: PyValue | null, reverse: boolean): PyValue[] {
  const keyed = items.map((v) => ({ v, k: key === null ? v : it.call(key, [v]) }));
  keyed.sort((a, b) => compareValues(it, a.k, b.k));
  if (reverse) keyed.reverse();
  return keyed.map((x) => x.v);
}
