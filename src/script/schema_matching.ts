/**
 * Overload resolution, after torch/csrc/jit/frontend/schema_matching.cpp: match
 * positional and keyword arguments against a FunctionSchema, fill defaults,
 * bind type variables (`t`, `t[]`), pack varargs into `int[]`, convert tuples to
 * lists, and, in a second pass only, convert implicitly (Tensor -> int/float,
 * number -> float). The first overload that matches wins.
 */
import type { IValue } from '../ir/attributes';
import { constantValue } from '../ir/constants';
import type { Argument, FunctionSchema } from '../ir/schema';
import {
  BoolType, DeviceObjType, DictType, FloatType, FutureType, IntType, ListType, NoneType, NumberType,
  OptionalType, StringType, TensorType, TupleType, UnionType, VarType,
} from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { ScriptError } from './errors';
import type { GraphBuilder } from './graph_builder';

/** An argument at a call site. */
export interface NamedValue {
  readonly value: Value;
  readonly name?: string;
  readonly range: SourceRange;
}

export interface MatchedSchema {
  readonly schema: FunctionSchema;
  readonly inputs: Value[];
  readonly returnTypes: Type[];
}

type TypeEnv = Map<string, Type>;

/** Binds the type variables of `formal` against `actual`; a failure message or undefined. */
function matchTypeVariables(formal: Type, actual: Type, env: TypeEnv): string | undefined {
  if (formal instanceof VarType) {
    const bound = env.get(formal.name);
    if (!bound) {
      env.set(formal.name, actual);
      return undefined;
    }
    // As PyTorch's matchTypeVariables: a unifiable type keeps the binding stable; the argument's
    // own check then rejects a wider actual (`xs.append(v)` with v Optional[int] into List[int]).
    if (actual.isSubtypeOf(bound) || bound.isSubtypeOf(actual)) return undefined;
    return `Type variable '${formal.name}' previously matched to type ${bound.annotationStr()} is matched to type ${actual.annotationStr()}`;
  }
  if (!hasVars(formal)) return undefined;
  if (formal instanceof ListType) {
    if (actual instanceof ListType) return matchTypeVariables(formal.elementType, actual.elementType, env);
    return `Cannot match ${formal.annotationStr()} to ${actual.annotationStr()}`;
  }
  if (formal instanceof OptionalType) {
    if (actual === NoneType) return undefined;
    const inner = actual instanceof OptionalType ? actual.elementType : actual;
    return matchTypeVariables(formal.elementType, inner, env);
  }
  if (formal instanceof TupleType) {
    if (!(actual instanceof TupleType) || actual.elements.length !== formal.elements.length) {
      return `Cannot match a tuple to ${actual.annotationStr()}`;
    }
    for (let i = 0; i < formal.elements.length; i++) {
      const m = matchTypeVariables(formal.elements[i]!, actual.elements[i]!, env);
      if (m) return m;
    }
    return undefined;
  }
  if (formal instanceof DictType) {
    if (!(actual instanceof DictType)) return `Cannot match a dict to ${actual.annotationStr()}`;
    return matchTypeVariables(formal.keyType, actual.keyType, env) ?? matchTypeVariables(formal.valueType, actual.valueType, env);
  }
  if (formal instanceof FutureType && actual instanceof FutureType) return matchTypeVariables(formal.elementType, actual.elementType, env);
  return undefined;
}

export function hasVars(t: Type): boolean {
  return t instanceof VarType || t.containedTypes().some(hasVars);
}

/** `formal` with bound variables substituted; undefined when one is unbound. */
export function substitute(t: Type, env: TypeEnv): Type | undefined {
  if (t instanceof VarType) return env.get(t.name);
  if (!hasVars(t)) return t;
  const sub = (x: Type): Type | undefined => substitute(x, env);
  if (t instanceof ListType) {
    const e = sub(t.elementType);
    return e && new ListType(e);
  }
  if (t instanceof OptionalType) {
    const e = sub(t.elementType);
    return e && OptionalType.create(e);
  }
  if (t instanceof DictType) {
    const k = sub(t.keyType);
    const v = sub(t.valueType);
    return k && v && new DictType(k, v);
  }
  if (t instanceof TupleType) {
    const items = t.elements.map(sub);
    return items.every((x) => x) ? new TupleType(items as Type[]) : undefined;
  }
  if (t instanceof UnionType) {
    const items = t.types.map(sub);
    return items.every((x) => x) ? UnionType.create(items as Type[]) : undefined;
  }
  if (t instanceof FutureType) {
    const e = sub(t.elementType);
    return e && new FutureType(t.kind, e);
  }
  return t;
}

const unwrapOptional = (t: Type): Type => (t instanceof OptionalType ? t.elementType : t);

// A tuple converts to a list when every element fits the element type (`(1, 2)` for `int[]`).
function convertibleToList(actual: Type, formal: Type): boolean {
  const list = unwrapOptional(formal);
  return list instanceof ListType && actual instanceof TupleType && actual.elements.every((e) => e.isSubtypeOf(list.elementType));
}

// Note [Varargs as list]: `x.view(2, 3)` packs trailing positionals into `int[] size`
// when the list is the last positional parameter (PyTorch's varargsCanBeUsedAsList).
function varargsCanBeUsedAsList(schema: FunctionSchema, i: number, arg: Argument): boolean {
  const isLast = i + 1 === schema.arguments.length || schema.arguments[i + 1]!.kwargOnly;
  const t = unwrapOptional(arg.type);
  return isLast && t instanceof ListType && !(t.elementType instanceof ListType) && !schema.isVararg;
}

/** Converts `v` to `concrete` if TorchScript allows it (the emitter's tryConvertToType). */
function tryConvert(b: GraphBuilder, concrete: Type, v: Value, allowConversions: boolean, range: SourceRange): Value {
  const list = unwrapOptional(concrete);
  if (list instanceof ListType && v.type instanceof TupleType && convertibleToList(v.type, concrete)) {
    // A constant tuple (a module's `__constants__` stride) gives constant items, as constant propagation would.
    const c = constantValue(v.node);
    if (c?.kind === 'tuple') return b.insert1('prim::ListConstruct', c.items.map((i) => b.constant(i)), new ListType(list.elementType));
    const items = v.type.elements.map((t, i) => b.insert1('prim::TupleIndex', [v, b.int(i)], t, range));
    return b.insert1('prim::ListConstruct', items, new ListType(list.elementType));
  }
  if (!allowConversions) return v;
  const isTensor = v.type instanceof TensorType;
  if (isTensor && concrete === FloatType) return b.insert1('aten::FloatImplicit', [v], FloatType, range);
  if (isTensor && concrete === IntType) return b.insert1('aten::IntImplicit', [v], IntType, range);
  if (isTensor && concrete === NumberType) return b.insert1('aten::ScalarImplicit', [v], NumberType, range);
  if (v.type === NumberType && concrete === FloatType) return b.insert1('aten::Float', [v], FloatType, range);
  if (v.type === NumberType && concrete === IntType) return b.insert1('aten::Int', [v], IntType, range);
  // A bool is not converted to a number (torch 1.13 rejects `t * True`, `math.sqrt(flag)`).
  if (v.type === StringType && concrete === DeviceObjType) return b.insert1('aten::device', [v], DeviceObjType, range);
  return v;
}

/** A schema default as a constant of the argument's type. */
export function defaultConstant(b: GraphBuilder, arg: Argument): Value {
  const d = arg.defaultValue;
  const t = unwrapOptional(arg.type);
  const scalar = (x: unknown): IValue => {
    if (x === null) return { kind: 'none' };
    if (typeof x === 'boolean') return { kind: 'bool', value: x };
    if (typeof x === 'string') {
      const enums: Record<string, number> = { contiguous_format: 0, preserve_format: 1, channels_last: 2, strided: 0, long: 4 };
      if (t === StringType) return { kind: 'str', value: x };
      return x in enums ? { kind: 'int', value: enums[x]! } : { kind: 'str', value: x };
    }
    const n = x as number;
    if (t === FloatType || (t instanceof ListType && t.elementType === FloatType)) return { kind: 'float', value: n };
    if (t === BoolType) return { kind: 'bool', value: n !== 0 };
    if (t === NumberType && (!Number.isInteger(n) || /[.e]/.test(arg.defaultText ?? ''))) return { kind: 'float', value: n };
    return { kind: 'int', value: n };
  };
  if (Array.isArray(d)) return b.constant({ kind: 'list', items: d.map(scalar) });
  if (t instanceof ListType && typeof d === 'number') {
    const size = arg.fixedSize ?? 1;
    return b.constant({ kind: 'list', items: Array.from({ length: size }, () => scalar(d)) });
  }
  return b.constant(scalar(d));
}

class Mismatch {
  constructor(readonly reason: string) {}
}

/**
 * Tries one schema. Returns the match, or a Mismatch with PyTorch's reason text.
 * Nodes inserted by a failed attempt stay dead and are removed by the cleanup.
 */
export function tryMatchSchema(
  b: GraphBuilder,
  schema: FunctionSchema,
  self: NamedValue | undefined,
  args: readonly NamedValue[],
  kwargs: readonly NamedValue[],
  allowConversions: boolean,
): MatchedSchema | Mismatch {
  const env: TypeEnv = new Map();
  const inputs: Value[] = [];
  let used = 0;
  let selfLeft = self;
  const usedKw = new Set<string>();
  const formals = schema.arguments;
  for (let i = 0; i < formals.length; i++) {
    const arg = formals[i]!;
    let actual: NamedValue | undefined;
    if (selfLeft && i === 0) {
      actual = selfLeft;
      selfLeft = undefined;
    } else if (!arg.kwargOnly && used < args.length) {
      if (allowConversions && varargsCanBeUsedAsList(schema, i, arg) && args.length - used >= 1) {
        const first = args[used]!.value.type;
        if (!(first instanceof ListType) && !convertibleToList(first, arg.type)) {
          const elem = (unwrapOptional(arg.type) as ListType).elementType;
          const items: Value[] = [];
          for (const a of args.slice(used)) {
            const v = tryConvert(b, elem, a.value, allowConversions, a.range);
            if (!v.type.isSubtypeOf(elem)) return new Mismatch(typeMismatch(arg, elem, v.type));
            items.push(v);
          }
          inputs.push(b.insert1('prim::ListConstruct', items, new ListType(elem)));
          used = args.length;
          continue;
        }
      }
      actual = args[used++];
    } else {
      const kw = kwargs.find((k) => k.name === arg.name);
      if (kw) {
        actual = kw;
        usedKw.add(arg.name);
      } else if (arg.hasDefault) {
        inputs.push(defaultConstant(b, arg));
        continue;
      } else {
        return new Mismatch(`Argument ${arg.name} not provided.`);
      }
    }
    const v = matchArgument(b, arg, actual!, env, allowConversions);
    if (v instanceof Mismatch) return v;
    inputs.push(v);
  }
  if (schema.isVararg) {
    for (; used < args.length; used++) inputs.push(args[used]!.value);
  }
  if (used < args.length) {
    const max = formals.filter((a) => !a.kwargOnly).length - (self ? 1 : 0);
    return new Mismatch(`Expected at most ${max} arguments but found ${args.length} positional arguments.`);
  }
  for (const kw of kwargs) {
    if (usedKw.has(kw.name!)) continue;
    const known = formals.some((a) => a.name === kw.name);
    return new Mismatch(known ? `Argument ${kw.name} specified twice in schema, submit one or the other.` : `Keyword argument ${kw.name} unknown.`);
  }
  const returnTypes: Type[] = [];
  for (const r of schema.returns) {
    const t = substitute(r.type, env);
    if (!t) return new Mismatch(`Could not infer the return type of ${schema.toString()}`);
    returnTypes.push(t);
  }
  return { schema, inputs, returnTypes };
}

function typeMismatch(arg: Argument, expected: Type, actual: Type): string {
  return `Expected a value of type '${expected.annotationStr()}' for argument '${arg.name}' but instead found type '${actual.annotationStr()}'.`;
}

function matchArgument(b: GraphBuilder, arg: Argument, actual: NamedValue, env: TypeEnv, allowConversions: boolean): Value | Mismatch {
  let v = actual.value;
  const formal = arg.type;
  if (hasVars(formal)) {
    const m = matchTypeVariables(formal, v.type, env);
    if (m) return new Mismatch(`Could not match type ${v.type.annotationStr()} to ${formal.annotationStr()} in argument '${arg.name}': ${m}.`);
  }
  const concrete = substitute(formal, env) ?? formal;
  // A single int for `int[2] stride` broadcasts.
  const fixedSize = arg.fixedSize ?? arg.annotated.element?.size;
  if (fixedSize !== undefined && unwrapOptional(concrete) instanceof ListType && v.type === IntType) {
    const items = Array.from({ length: fixedSize }, () => v);
    return b.insert1('prim::ListConstruct', items, new ListType(IntType));
  }
  v = tryConvert(b, concrete, v, allowConversions, actual.range);
  if (!v.type.isSubtypeOf(concrete)) return new Mismatch(typeMismatch(arg, concrete, v.type));
  return v;
}

/** Indents every line of a failure by two spaces, as PyTorch lists variants. */
function indentFailure(schema: FunctionSchema, reason: string): string {
  const text = `\n${schemaText(schema)}:\n${reason}\n`;
  return text.split('\n').map((l, i, all) => (i === all.length - 1 ? l : `  ${l}`)).join('\n');
}

function schemaText(schema: FunctionSchema): string {
  return schema.toString();
}

/**
 * Matches the call against every overload: first without implicit conversions,
 * then with them (PyTorch's two passes). Throws a ScriptError with TorchScript's
 * text when none matches.
 */
export function matchSchemas(
  b: GraphBuilder,
  schemas: readonly FunctionSchema[],
  range: SourceRange,
  self: NamedValue | undefined,
  args: readonly NamedValue[],
  kwargs: readonly NamedValue[],
): MatchedSchema {
  const failures: Mismatch[] = [];
  for (const allow of [false, true]) {
    for (const s of schemas) {
      const m = tryMatchSchema(b, s, self, args, kwargs, allow);
      if (!(m instanceof Mismatch)) return m;
      if (allow) failures.push(m);
    }
  }
  if (schemas.length === 1) {
    const text = `\n${schemaText(schemas[0]!)}:\n${failures[0]!.reason}\n`;
    throw new ScriptError('schema-mismatch', range, text);
  }
  const variants = schemas.map((s, i) => indentFailure(s, failures[i]!.reason)).join('');
  const text = `\nArguments for call are not valid.\nThe following variants are available:\n${variants}\nThe original call is`;
  throw new ScriptError('no-matching-overload', range, text);
}

export { Mismatch };
