// The one place where eager code runs an operator: binding, the kernel call, and the op observer.
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, TupleValue } from '../runtime/ivalue';
import type { Type } from '../ir/types';
import { ListType, OptionalType } from '../ir/types';
import { TorchError } from '../runtime/errors';
import { dtypeFromCode } from '../runtime/dtype';
import type { OpEntry } from '../ops/index';
import { bindArguments, lookupOp, overloadsOf, schemaOf } from '../ops/index';
import type { PyValue } from './objects';
import { pyError } from './errors';
import { activeTrace, asPython } from './tracing';
import { NamedTupleValue } from './ordered_dict';
import { checkInplace, tagResult } from './autograd';
import { Tensor } from '../runtime/tensor';
import { GeneratorObject, withGenerator } from './generator';

/** One operator call as the tracer sees it: the overload chosen, its bound arguments and the result. */
export interface OpCall {
  readonly entry: OpEntry;
  /** The kernel's arguments in schema order, defaults filled in. */
  readonly args: readonly IValue[];
  /** The kernel's result (a TupleValue for multiple returns). */
  readonly result: IValue;
}

/** Observes every operator the eager interpreter runs (the tracer records them into a Graph). */
export type OpObserver = (call: OpCall) => void;

let observer: OpObserver | null = null;

/** Installs `o` (null removes it) and returns the previous observer, so callers can restore it. */
export function setOpObserver(o: OpObserver | null): OpObserver | null {
  const prev = observer;
  observer = o;
  return prev;
}

// Note [One dispatch point]: tensor operators, `torch.*`, `x.method(...)` and F.* kernels all reach
// the registry through invokeOp, so the observer sees every op exactly once, in execution order.

/** True when `name` (`aten::relu`, or an exact `aten::add.Tensor`) has any registered overload. */
export function hasOp(name: string): boolean {
  return name.includes('.', name.indexOf('::')) ? lookupOp(name) !== undefined : overloadsOf(name).length > 0;
}

function dtypeAsCode(v: PyValue): PyValue {
  return v instanceof DTypeValue ? v.code : v;
}

function isIntList(t: Type): boolean {
  const u = t instanceof OptionalType ? t.elementType : t;
  return u instanceof ListType && u.elementType.kind === 'int';
}

/**
 * Python's arg parser is more lenient than schema matching: `torch.rand(2, 3)` / `x.view(6)` give an
 * int list as trailing ints, and `x.sum(dim=1)` gives one as a bare int. Retries binding that way.
 */
function bindLeniently(schema: ReturnType<typeof schemaOf>, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): IValue[] | null {
  const params = schema.arguments;
  let pos = [...args];
  const p = params.findIndex((a) => !a.kwargOnly && isIntList(a.type));
  if (p >= 0 && pos.length > p + 1 && pos.slice(p).every((a) => typeof a === 'bigint')) pos = [...pos.slice(0, p), pos.slice(p)];
  pos = pos.map((v, i) => (typeof v === 'bigint' && params[i] && isIntList(params[i].type) ? [v] : v));
  const kw = new Map([...kwargs].map(([k, v]) => {
    const param = params.find((a) => a.name === k);
    return [k, typeof v === 'bigint' && param && isIntList(param.type) ? [v] : v] as const;
  }));
  // Python signatures default their optional arguments to None (`x.norm(dim=1)` leaves p out).
  params.forEach((a, i) => {
    if (i >= pos.length && !kw.has(a.name) && !a.hasDefault && a.type instanceof OptionalType) kw.set(a.name, null);
  });
  return bindArguments(schema, pos as IValue[], kw as ReadonlyMap<string, IValue>);
}

// Note [Return types]: an op whose schema names its returns (`max.dim -> (Tensor values, Tensor
// indices)`) gives Python a `torch.return_types.max` named tuple.
// A ScalarType return (`torch.promote_types`) is an int in TorchScript and a torch.dtype in Python.
function returnType(name: string, result: IValue, schema?: ReturnType<typeof schemaOf>): IValue {
  if (typeof result === 'bigint' && schema?.returns.length === 1 && schema.returns[0]!.realType.kind === 'ScalarType') {
    return new DTypeValue(dtypeFromCode(Number(result)));
  }
  if (!(result instanceof TupleValue) || result instanceof NamedTupleValue) return result;
  const s = schema ?? overloadsOf(name).map(schemaOf).find((x) => x.returns.length === result.elements.length);
  const names = s?.returns.map((r) => r.name ?? '');
  if (!names || names.length !== result.elements.length || names.some((n) => !n)) return result;
  return new NamedTupleValue(`torch.return_types.${name.slice(name.indexOf('::') + 2).split('.')[0]!}`, result.elements, names);
}

function describe(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return v.constructor.name === 'Tensor' ? 'Tensor' : v.constructor.name;
}

// `torch.matmul(a, b, out=y)`: the registry has no `.out` overloads, so the result is computed and
// copied into `out`, which the call returns (PyTorch would resize an `out` of another shape).
function withOut(name: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, out: PyValue): PyValue {
  const rest = new Map(kwargs);
  rest.delete('out');
  const r = invokeOp(name, args, rest);
  if (out === null) return r;
  if (!(out instanceof Tensor) || !(r instanceof Tensor)) throw pyError('TypeError', `${name.slice(name.indexOf('::') + 2)}(): argument 'out' must be Tensor, not ${describe(out)}`);
  if (out.shape.join(',') !== r.shape.join(',')) throw pyError('NotImplementedError', `out= of shape [${out.shape.join(', ')}] for a result of shape [${r.shape.join(', ')}] is not supported yet`);
  return invokeOp('aten::copy_', [out, r]);
}

/** The first overload whose schema binds the call, with the bound arguments. */
function boundOverload(candidates: readonly OpEntry[], args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): { schema: ReturnType<typeof schemaOf>; bound: IValue[] } | null {
  for (const entry of candidates) {
    const schema = schemaOf(entry);
    const bound = bindArguments(schema, args as IValue[], kwargs as ReadonlyMap<string, IValue>) ?? bindLeniently(schema, args, kwargs);
    if (bound !== null) return { schema, bound };
  }
  return null;
}

/**
 * Calls operator `name` with Python-style arguments. The first overload (registration order) whose
 * schema binds the values wins. No match is a TypeError naming the overloads, as PyTorch does.
 */
export function invokeOp(name: string, rawArgs: readonly PyValue[], rawKwargs: ReadonlyMap<string, PyValue> = new Map()): PyValue {
  // Note [Dtypes as ints]: schemas type dtypes as ScalarType (an int in TorchScript), so a
  // torch.float32 object is passed as its ScalarType code, as the script compiler does.
  const args = rawArgs.map(dtypeAsCode);
  const kwargs = new Map([...rawKwargs].map(([k, v]) => [k, dtypeAsCode(v)] as const));
  const exact = name.includes('.', name.indexOf('::')) ? lookupOp(name) : undefined;
  const candidates = exact !== undefined ? [exact] : overloadsOf(name);
  // Python's factories take `requires_grad=` though most schemas do not.
  const requiresGrad = kwargs.get('requires_grad');
  if (requiresGrad !== undefined && !candidates.some((e) => schemaOf(e).argumentIndexWithName('requires_grad') !== undefined)) {
    kwargs.delete('requires_grad');
    const r = invokeOp(name, rawArgs, kwargs);
    if (r instanceof Tensor) r.requiresGrad = requiresGrad === true;
    return r;
  }
  const gen = kwargs.get('generator');
  if (gen instanceof GeneratorObject) return withGenerator(gen, () => invokeOp(name, rawArgs, new Map([...rawKwargs].filter(([k]) => k !== 'generator'))));
  const out = kwargs.get('out');
  if (out !== undefined && !candidates.some((e) => schemaOf(e).argumentIndexWithName('out') !== undefined)) return withOut(name, rawArgs, kwargs, out);
  const trace = activeTrace();
  if (trace) {
    const r = returnType(name, asPython(() => trace.op(name, args as IValue[], kwargs as ReadonlyMap<string, IValue>)));
    // Autograd records the overload the call binds to, with its arguments in schema order.
    const overload = boundOverload(candidates, args, kwargs);
    if (overload) tagResult(overload.schema.qualifiedName, overload.bound, r);
    else tagResult(name, [...(args as IValue[]), ...(kwargs.values() as Iterable<IValue>)], r);
    return r;
  }
  for (const entry of candidates) {
    const schema = schemaOf(entry);
    const bound = bindArguments(schema, args as IValue[], kwargs as ReadonlyMap<string, IValue>) ?? bindLeniently(schema, args, kwargs);
    if (bound === null) continue;
    if (entry.kernel === null) {
      throw pyError('NotImplementedError', `${name} is not supported yet (${entry.reason ?? entry.status})`);
    }
    checkInplace(schema.qualifiedName, bound);
    let result: IValue;
    try {
      result = entry.kernel(bound);
    } catch (e) {
      if (e instanceof TorchError) throw pyError(e.kind, e.message);
      throw e;
    }
    observer?.({ entry, args: bound, result });
    tagResult(schema.qualifiedName, bound, result);
    return returnType(name, result, schema);
  }
  const short = name.slice(name.indexOf('::') + 2);
  const got = [...args.map(describe), ...[...kwargs].map(([k, v]) => `${k}=${describe(v)}`)].join(', ');
  if (candidates.length === 0) throw pyError('AttributeError', `no operator ${name}`);
  const expected = candidates.map((e) => ` * ${e.schema}`).join('\n');
  throw pyError('TypeError', `${short}() received an invalid combination of arguments - got (${got}), but expected one of:\n${expected}`);
}
