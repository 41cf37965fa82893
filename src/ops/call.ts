// callOp: Python-style calls (positional + keyword arguments) bound against the registry's schemas.
import type { Argument, FunctionSchema } from '../ir/schema';
import { parseSchema } from '../ir/schema';
import type { Type , TupleType } from '../ir/types';
import { ListType, OptionalType } from '../ir/types';
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, Device, DictValue, TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { SCALAR_TYPE_CODE } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import type { OpEntry } from './registry';
import { lookupOp, overloadsOf } from './registry';

// Note [Binding arguments]: the eager interpreter calls `torch.add(x, 1)`, `x.add(1)` (self first)
// or `F.relu(x)` by name. Overloads are tried in registration order; the first schema that binds
// every argument by runtime value type wins. Binding converts values to what kernels expect
// (int -> float for float parameters, 'cpu' -> Device, tuples -> lists, defaults filled in).

const schemas = new Map<string, FunctionSchema>();

/** The parsed schema of a registry entry (cached). */
export function schemaOf(entry: OpEntry): FunctionSchema {
  let s = schemas.get(entry.schema);
  if (s === undefined) {
    s = parseSchema(entry.schema);
    schemas.set(entry.schema, s);
  }
  return s;
}

const NO = Symbol('no match');
type Bound = IValue | typeof NO;

const ENUM_DEFAULTS: Record<string, bigint> = { contiguous_format: 0n, preserve_format: 1n, strided: 0n, long: BigInt(SCALAR_TYPE_CODE.int64) };

/** A schema default as an IValue (int literals stay ints: `Scalar alpha=1` is the int 1). */
function defaultOf(arg: Argument): IValue {
  const text = arg.defaultText as string;
  if (text in ENUM_DEFAULTS) return ENUM_DEFAULTS[text];
  const conv = (v: unknown, t: string): IValue => {
    if (Array.isArray(v)) return v.map((x) => conv(x, t));
    if (typeof v === 'number') return Number.isInteger(v) && !/[.e]/i.test(t) && isIntLike(arg.type) ? BigInt(v) : v;
    return v as IValue;
  };
  return conv(arg.defaultValue, text);
}

function isIntLike(t: Type): boolean {
  const k = t instanceof OptionalType ? t.elementType.kind : t instanceof ListType ? t.elementType.kind : t.kind;
  return k === 'int' || k === 'Number' || k === 'SymInt';
}

/** Converts `v` to a value of type `t`, or NO when it does not fit. */
function fit(v: IValue, t: Type, fixedSize?: number): Bound {
  switch (t.kind) {
    case 'Any':
    case 'Var':
      return v;
    case 'Tensor':
      return v instanceof Tensor ? v : NO;
    case 'int':
    case 'SymInt':
      return typeof v === 'bigint' ? v : NO;
    case 'float':
      return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NO;
    case 'bool':
      return typeof v === 'boolean' ? v : NO;
    case 'str':
      return typeof v === 'string' ? v : NO;
    case 'Number':
      return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' ? v : NO;
    case 'ScalarType':
      return v instanceof DTypeValue || typeof v === 'bigint' ? v : NO;
    case 'Layout':
    case 'MemoryFormat':
      return typeof v === 'bigint' ? v : NO;
    case 'Device':
      return v instanceof Device ? v : typeof v === 'string' ? new Device(v.split(':')[0], v.includes(':') ? Number(v.split(':')[1]) : null) : NO;
    case 'Generator':
      return v === null ? v : NO;
    case 'NoneType':
      return v === null ? v : NO;
    case 'Optional':
      return v === null ? null : fit(v, (t as OptionalType).elementType, fixedSize);
    case 'List': {
      const el = (t as ListType).elementType;
      if (fixedSize !== undefined && typeof v === 'bigint' && el.kind !== 'Tensor') return v;
      const items = Array.isArray(v) ? v : v instanceof TupleValue ? v.elements : null;
      if (items === null) return NO;
      const out: IValue[] = [];
      for (const x of items) {
        const f = fit(x, el);
        if (f === NO) return NO;
        out.push(f);
      }
      // Lists are mutable and aliased: keep the caller's array when nothing changed.
      return Array.isArray(v) && out.every((x, i) => x === items[i]) ? v : out;
    }
    case 'Tuple':
      return v instanceof TupleValue && v.elements.length === (t as TupleType).elements.length ? v : NO;
    case 'Dict':
      return v instanceof DictValue ? v : NO;
    default:
      return NO;
  }
}

/** A schema argument with its type and default computed once (Argument's getters allocate). */
interface Param {
  name: string;
  type: Type;
  kwargOnly: boolean;
  fixedSize: number | undefined;
  hasDefault: boolean;
  defaultValue: IValue;
  intList: boolean;
}

interface Binder {
  params: Param[];
  names: Set<string>;
  nPositional: number;
}

const binders = new WeakMap<FunctionSchema, Binder>();

// Note [Binding fast path]: binding runs for every operator call the eager interpreter makes, so a
// schema's parameters are compiled once (types, parsed defaults) and per-call work allocates only
// the argument list.
function binderOf(schema: FunctionSchema): Binder {
  let b = binders.get(schema);
  if (b === undefined) {
    const params = schema.arguments.map((a): Param => {
      const type = a.type;
      return {
        name: a.name,
        type,
        kwargOnly: a.kwargOnly,
        fixedSize: a.fixedSize,
        hasDefault: a.hasDefault,
        defaultValue: a.hasDefault ? defaultOf(a) : null,
        intList: type instanceof ListType && isIntLike(type),
      };
    });
    b = { params, names: new Set(params.map((p) => p.name)), nPositional: params.filter((p) => !p.kwargOnly).length };
    binders.set(schema, b);
  }
  return b;
}

/** A fresh copy of a list default, so a kernel that mutates it cannot change the schema's. */
function copyDefault(v: IValue): IValue {
  return Array.isArray(v) ? v.map(copyDefault) : v;
}

const NO_KEYWORDS: ReadonlyMap<string, IValue> = new Map();

/**
 * Binds Python-style arguments to `schema`: the kernel's argument list, or null when the call
 * does not fit (wrong count, unknown keyword, value of the wrong type).
 */
export function bindArguments(schema: FunctionSchema, positional: readonly IValue[], keywords: ReadonlyMap<string, IValue>): IValue[] | null {
  if (schema.isVararg) return [...positional];
  const { params, names, nPositional } = binderOf(schema);
  let pos = positional;
  if (pos.length > nPositional) {
    // Varargs ints: x.view(2, 3), torch.zeros(2, 3) pack into the int[] parameter.
    let listAt = -1;
    for (let i = 0; i < pos.length && i < params.length; i++) {
      if (params[i].intList && !params[i].kwargOnly) {
        listAt = i;
        break;
      }
    }
    if (listAt < 0 || !pos.slice(listAt).every((x) => typeof x === 'bigint')) return null;
    pos = [...pos.slice(0, listAt), pos.slice(listAt)];
    if (pos.length > nPositional) return null;
  }
  if (keywords.size > 0) for (const k of keywords.keys()) if (!names.has(k)) return null;
  const out: IValue[] = new Array<IValue>(params.length);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    let v: IValue;
    if (i < pos.length && !p.kwargOnly) {
      if (keywords.size > 0 && keywords.has(p.name)) return null;
      v = pos[i];
    } else if (keywords.size > 0 && keywords.has(p.name)) v = keywords.get(p.name) as IValue;
    else if (p.hasDefault) v = copyDefault(p.defaultValue);
    else return null;
    const f = fit(v, p.type, p.fixedSize);
    if (f === NO) return null;
    out[i] = f;
  }
  return out;
}

function describe(v: IValue): string {
  if (v === null) return 'NoneType';
  if (v instanceof Tensor) return 'Tensor';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return v.constructor.name;
}

const EMPTY: Record<string, IValue> = Object.freeze({}) as Record<string, IValue>;

/**
 * Calls an operator by name (`aten::add`) or exact overload (`aten::add.Tensor`) with Python-style
 * arguments. Throws TorchError for user errors (no matching overload, kernel errors).
 */
export function callOp(name: string, positional: readonly IValue[], keywords: ReadonlyMap<string, IValue> | Record<string, IValue> = EMPTY): IValue {
  const kw = keywords instanceof Map ? keywords : keywords === EMPTY ? NO_KEYWORDS : new Map(Object.entries(keywords));
  const exact = name.includes('.', name.indexOf('::')) ? lookupOp(name) : undefined;
  const candidates = exact !== undefined ? [exact] : overloadsOf(name);
  for (const entry of candidates) {
    const args = bindArguments(schemaOf(entry), positional, kw);
    if (args === null) continue;
    if (entry.kernel === null) {
      throw new TorchError('NotImplementedError', `${entry.schema.slice(0, entry.schema.indexOf('('))} is not supported yet (${entry.reason ?? entry.status})`);
    }
    return entry.kernel(args);
  }
  const short = name.slice(name.indexOf('::') + 2);
  const got = [...positional.map(describe), ...[...kw].map(([k, v]) => `${k}=${describe(v)}`)].join(', ');
  const expected = candidates.map((e) => ` * ${e.schema}`).join('\n');
  throw new TorchError('TypeError', `${short}() received an invalid combination of arguments - got (${got}), but expected one of:\n${expected}`);
}

