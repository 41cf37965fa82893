/**
 * Recording operator calls, after the generated TraceType kernels of PyTorch: the node takes the
 * schema's kind and every argument (defaults included) as a value, then the outputs are mapped.
 */
import type { Argument, FunctionSchema } from '../ir/schema';
import type { Type } from '../ir/types';
import { IntType, ListType, OptionalType, TensorType } from '../ir/types';
import type { Value } from '../ir/value';
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, Device, TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { SCALAR_TYPE_CODE, isIntegral } from '../runtime/dtype';
import type { OpEntry } from '../ops/registry';
import { bindArguments, callOp, overloadsOf, schemaOf } from '../ops';
import { lookupOp } from '../ops/registry';
import type { TracingState } from './tracing_state';
import { insertConstant } from '../ir/constants';
import { tensorConstant } from './tracing_state';
import { TENSOR_CONSTRUCTOR_MESSAGE } from './warnings';

// PyTorch's DONT_RECORD_TRACE: these run, and what they call is recorded instead (Note [Recorded names]).
const CONVOLUTIONS = new Set(['aten::conv1d', 'aten::conv2d', 'aten::conv3d', 'aten::convolution']);

// Ops whose Python binding accepts a number for a Tensor argument (python_arg_parser's
// should_allow_numbers_as_tensors): the number is recorded as a wrapped 0-dim tensor constant.
const NUMBERS_AS_TENSORS = new Set([
  'add', 'add_', 'div', 'div_', 'divide', 'divide_', 'mul', 'mul_', 'multiply', 'multiply_', 'sub', 'sub_',
  'subtract', 'subtract_', 'true_divide', 'true_divide_', 'floor_divide', 'floor_divide_', 'copy_',
]);

/** A bound call: the entry, the kernel's arguments and what the caller passed for each parameter. */
interface Binding {
  readonly entry: OpEntry;
  readonly schema: FunctionSchema;
  readonly args: IValue[];
  /** Per parameter: the caller's value before traced numbers became ints (undefined for defaults). */
  readonly sources: (IValue | undefined)[];
}

/** A 0-dim integral tensor the tracer made from a size: PyTorch passes these where ints go. */
function isTracedNumber(state: TracingState, v: IValue): v is Tensor {
  return v instanceof Tensor && v.ndim === 0 && state.hasValue(v);
}

export function plain(state: TracingState, v: IValue): IValue {
  if (isTracedNumber(state, v)) return isIntegral(v.dtype, true) ? BigInt(Math.trunc(v.item())) : v.item();
  if (Array.isArray(v)) return v.some((x) => isTracedNumber(state, x)) ? v.map((x) => plain(state, x)) : v;
  return v;
}

function sizeAsList(state: TracingState, v: IValue): IValue {
  return v instanceof TupleValue && v.names === undefined && v.elements.some((x) => isTracedNumber(state, x)) ? [...v.elements] : v;
}

// Which caller value fed each parameter, following bindArguments' rules.
function sourcesOf(schema: FunctionSchema, pos: readonly IValue[], plainPos: readonly IValue[], kw: ReadonlyMap<string, IValue>): (IValue | undefined)[] {
  const params = schema.arguments;
  const nPositional = params.filter((p) => !p.kwargOnly).length;
  let given = [...pos];
  const listAt = params.findIndex((p, i) => i < pos.length && p.type instanceof ListType && !p.kwargOnly);
  if (pos.length > nPositional && listAt >= 0 && plainPos.slice(listAt).every((x) => typeof x === 'bigint')) {
    given = [...pos.slice(0, listAt), pos.slice(listAt)];
  }
  return params.map((p, i) => (i < given.length && !p.kwargOnly ? given[i] : kw.get(p.name)));
}

// Tensors bind as tensors first; only when nothing binds do traced numbers stand in for ints,
// and then a bare int for an int list, as Python's arg parser allows (`torch.ones(x.shape[1])`).
function bind(state: TracingState, name: string, positional: readonly IValue[], keywords: ReadonlyMap<string, IValue>): Binding | undefined {
  const plainKw = (kw: ReadonlyMap<string, IValue>): Map<string, IValue> => new Map([...kw].map(([k, v]) => [k, plain(state, v)] as const));
  const exact = bindWith(name, positional, keywords, positional, keywords) ?? bindWith(name, positional.map((v) => plain(state, v)), plainKw(keywords), positional, keywords);
  if (exact) return exact;
  for (const entry of candidatesOf(name)) {
    const packed = packIntLists(state, schemaOf(entry), positional, keywords);
    if (!packed) continue;
    const b = bindEntry(entry, packed.pos.map((v) => plain(state, v)), plainKw(packed.kw), packed.pos, packed.kw);
    if (b) return b;
  }
  return undefined;
}

function isIntList(t: Type): boolean {
  const u = t instanceof OptionalType ? t.elementType : t;
  return u instanceof ListType && (u.elementType.kind === 'int' || u.elementType.kind === 'SymInt');
}

// A bare int (or traced number) passed for an int-list parameter becomes a one-element list.
function packIntLists(state: TracingState, schema: FunctionSchema, pos: readonly IValue[], kw: ReadonlyMap<string, IValue>): { pos: IValue[]; kw: Map<string, IValue> } | undefined {
  const intLike = (v: IValue | undefined): boolean => typeof v === 'bigint' || (v !== undefined && isTracedNumber(state, v));
  let changed = false;
  const pack = (v: IValue, p: Argument | undefined): IValue => {
    if (!p || !intLike(v) || !isIntList(p.type)) return v;
    changed = true;
    return [v];
  };
  const params = schema.arguments;
  const packedPos = pos.map((v, i) => (params[i]?.kwargOnly ? v : pack(v, params[i])));
  const packedKw = new Map([...kw].map(([k, v]) => [k, pack(v, params.find((p) => p.name === k))] as const));
  return changed ? { pos: packedPos, kw: packedKw } : undefined;
}

function candidatesOf(name: string): readonly OpEntry[] {
  const exact = name.includes('.', name.indexOf('::')) ? lookupOp(name) : undefined;
  return exact !== undefined ? [exact] : overloadsOf(name);
}

function bindWith(name: string, pos: readonly IValue[], kw: ReadonlyMap<string, IValue>, positional: readonly IValue[], keywords: ReadonlyMap<string, IValue>): Binding | undefined {
  for (const entry of candidatesOf(name)) {
    const b = bindEntry(entry, pos, kw, positional, keywords);
    if (b) return b;
  }
  return undefined;
}

function bindEntry(entry: OpEntry, pos: readonly IValue[], kw: ReadonlyMap<string, IValue>, positional: readonly IValue[], keywords: ReadonlyMap<string, IValue>): Binding | undefined {
  const schema = schemaOf(entry);
  const args = bindArguments(schema, pos, kw) ?? bindArguments(schema, pos, withOptionalNones(schema, pos, kw));
  if (args === null || entry.kernel === null) return undefined;
  return { entry, schema, args, sources: sourcesOf(schema, positional, pos, keywords) };
}

// Python signatures default their optional arguments to None, as eager's dispatch binds them (`x.norm(dim=1)`).
function withOptionalNones(schema: FunctionSchema, pos: readonly IValue[], kw: ReadonlyMap<string, IValue>): ReadonlyMap<string, IValue> {
  const out = new Map(kw);
  schema.arguments.forEach((a, i) => {
    if (i >= pos.length && !out.has(a.name) && !a.hasDefault && a.type instanceof OptionalType) out.set(a.name, null);
  });
  return out;
}

/**
 * Calls an operator like `callOp` and records it into the trace (Note [Recorded names]). Calls that
 * do not bind are left to `callOp`, which raises PyTorch's error.
 */
export function recordOpCall(state: TracingState, name: string, given: readonly IValue[], givenKeywords: ReadonlyMap<string, IValue>): IValue {
  // `torch.zeros(x.shape)`: a torch.Size of traced numbers is an int list with its sources.
  const positional = given.map((v) => sizeAsList(state, v));
  const keywords = new Map([...givenKeywords].map(([k, v]) => [k, sizeAsList(state, v)] as const));
  const b = bind(state, name, positional, keywords);
  if (!b) return callOp(name, positional.map((v) => plain(state, v)), keywords);
  const result = b.entry.kernel!(b.args);
  if (b.entry.name === 'aten::size') return recordSize(state, b.args[0] as Tensor, b.entry.overload === '' ? undefined : b.args[1]);
  if (b.entry.name === 'aten::numel') return recordNumel(state, b.args[0] as Tensor);
  if (!b.schema.returns.some((r) => returnsTensor(r.type))) return result;
  if (CONVOLUTIONS.has(b.entry.name)) return recordConvolution(state, b, result);
  if (b.entry.name === 'aten::tensor' && result instanceof Tensor) return recordTensorFromData(state, result, b.sources[0]);
  recordNode(state, b, result);
  return result;
}

function returnsTensor(t: Type): boolean {
  return t instanceof TensorType || (t instanceof ListType && t.elementType instanceof TensorType) || (t instanceof OptionalType && returnsTensor(t.elementType));
}

/**
 * Note [Recorded names]: the node's kind is the schema's name (`aten::add`); a number passed for a
 * Tensor parameter of the ops in NUMBERS_AS_TENSORS is recorded against the `.Tensor` overload as a
 * wrapped tensor constant (`Long(requires_grad=0, device=cpu) = prim::Constant[value={1}]`), and
 * conv2d and friends record the `aten::_convolution` they call.
 */
function recordNode(state: TracingState, b: Binding, result: IValue): void {
  const wrapped = asTensorOverload(b);
  const { schema, args, sources } = wrapped ?? b;
  const g = state.graph;
  const node = g.create(b.entry.name, [], 0);
  node.source = state.site();
  node.schema = schema;
  const recorded = factoryDefaults(b.entry.name, schema, args);
  // TraceTypeManual's copy_ inserts `aten::copy_(self, src)` by schema: non_blocking is always
  // the default, a constant with no source location.
  const copy = b.entry.name === 'aten::copy_';
  schema.arguments.forEach((p, i) => node.addInput(copy && i === 2 ? insertConstant(g, { kind: 'bool', value: false }) : recordArg(state, p, recorded[i]!, sources[i])));
  g.insertNode(node);
  // Tensors inside list arguments (`torch.cat([a, b])`) count too.
  const argTensors = args.flatMap((a) => (Array.isArray(a) ? a : [a])).filter((a): a is Tensor => a instanceof Tensor);
  const grad = state.gradEnabled() && (argTensors.some((a) => state.requiresGrad(a) && a !== result) || (result instanceof Tensor && state.requiresGrad(result)));
  recordOutputs(state, node, schema, result, grad);
}

/**
 * Note [Traced factory options]: Python's arg parser gives a factory its TensorOptions filled in,
 * so the trace records `device=torch.device("cpu"), pin_memory=False`, and for `*_like` and
 * `Tensor.new_*` (options taken from self) also the input's dtype and `layout=0`.
 */
function factoryDefaults(name: string, schema: FunctionSchema, args: readonly IValue[]): readonly IValue[] {
  const at = (n: string): number => schema.arguments.findIndex((a) => a.name === n);
  const device = at('device');
  const pin = at('pin_memory');
  if (device < 0 || pin < 0 || args[device] !== null) return args;
  const out = [...args];
  out[device] = new Device('cpu');
  if (out[pin] === null) out[pin] = false;
  const self = args[0];
  if ((name.endsWith('_like') || name.startsWith('aten::new_')) && self instanceof Tensor) {
    const dtype = at('dtype');
    const layout = at('layout');
    if (dtype >= 0 && out[dtype] === null) out[dtype] = BigInt(SCALAR_TYPE_CODE[self.dtype]);
    if (layout >= 0 && out[layout] === null) out[layout] = 0n;
  }
  return out;
}

function asTensorOverload(b: Binding): Binding | undefined {
  const base = b.entry.name.slice(b.entry.name.indexOf('::') + 2);
  if (!NUMBERS_AS_TENSORS.has(base)) return undefined;
  // The `.Tensor` overload, or the unnamed one taking a tensor `other` (copy_, floor_divide).
  const overloads = overloadsOf(b.entry.name);
  const tensorOverload = overloads.find((e) => e.overload === 'Tensor') ?? overloads.find((e) => e.overload === '' && schemaOf(e).arguments[1]?.type instanceof TensorType);
  if (!tensorOverload || tensorOverload === b.entry) return undefined;
  const schema = schemaOf(tensorOverload);
  if (schema.arguments.length !== b.schema.arguments.length) return undefined;
  const args = b.args.map((a, i) => {
    const want = schema.arguments[i]!.type;
    if (want instanceof TensorType && !(a instanceof Tensor)) return wrapNumber(a);
    return a;
  });
  return { entry: tensorOverload, schema, args, sources: b.sources };
}

function wrapNumber(v: IValue): IValue {
  if (typeof v === 'bigint') return Tensor.scalar('int64', Number(v));
  if (typeof v === 'number') return Tensor.scalar('float64', v);
  if (typeof v === 'boolean') return Tensor.scalar('bool', v ? 1 : 0);
  return v;
}

function recordOutputs(state: TracingState, node: ReturnType<TracingState['graph']['create']>, schema: FunctionSchema, result: IValue, grad: boolean): void {
  const results = schema.returns.length === 1 ? [result] : result instanceof TupleValue ? result.elements : [result];
  schema.returns.forEach((r, i) => {
    const value = results[i] ?? null;
    if (value instanceof Tensor) {
      if (grad) state.markGrad(value);
      state.setValue(value, node.addOutput(state.typeOf(value)));
    } else if (Array.isArray(value) && r.type instanceof ListType && r.type.elementType instanceof TensorType) {
      const list = node.addOutput(new ListType(TensorType.get()));
      const unpack = state.graph.insert('prim::ListUnpack', [list], 0);
      for (const t of value) {
        if (!(t instanceof Tensor)) continue;
        if (grad) state.markGrad(t);
        state.setValue(t, unpack.addOutput(state.typeOf(t)));
      }
    } else {
      node.addOutput(r.type);
    }
  });
}

/** The graph value for one argument (PyTorch's tracer::addInputs overloads). */
function recordArg(state: TracingState, p: Argument, bound: IValue, source: IValue | undefined): Value {
  return argValue(state, p.type, bound, source, p.fixedSize);
}

function argValue(state: TracingState, type: Type, bound: IValue, source: IValue | undefined, fixedSize?: number): Value {
  if (bound === null) return state.none();
  if (type instanceof OptionalType) return argValue(state, type.elementType, bound, source, fixedSize);
  if (bound instanceof Tensor) return state.getValue(bound);
  if (source instanceof Tensor && state.hasValue(source)) return numberFromTensor(state, type, source);
  if (type instanceof ListType) return listValue(state, type, bound, source, fixedSize);
  if (bound instanceof DTypeValue) return state.constant({ kind: 'int', value: bound.code });
  if (bound instanceof Device) return state.constant({ kind: 'device', value: bound.toString() });
  if (typeof bound === 'bigint') return state.constant({ kind: 'int', value: bound });
  if (typeof bound === 'number') return state.constant({ kind: 'float', value: bound });
  if (typeof bound === 'boolean') return state.constant({ kind: 'bool', value: bound });
  if (typeof bound === 'string') return state.constant({ kind: 'str', value: bound });
  throw new Error(`tracer: cannot record an argument of type ${type.str()}`);
}

// A traced 0-dim tensor used as a number: `aten::Int(%n)` (PyTorch's ArgumentStash).
function numberFromTensor(state: TracingState, type: Type, t: Tensor): Value {
  const kind = type.kind === 'float' ? 'aten::Float' : type.kind === 'Number' ? 'aten::ScalarImplicit' : 'aten::Int';
  const tensor = state.getValue(t);
  const n = state.graph.insert(kind, [tensor], 1);
  // PyTorch's ArgumentStash puts the conversion right after the value it converts.
  if (tensor.node.kind !== 'prim::Param' && tensor.node.owningBlock === n.owningBlock) n.moveAfter(tensor.node);
  return n.output().setType(type.kind === 'float' ? type : type.kind === 'Number' ? type : IntType);
}

function listValue(state: TracingState, type: ListType, bound: IValue, source: IValue | undefined, fixedSize?: number): Value {
  const el = type.elementType;
  const items: IValue[] = typeof bound === 'bigint' ? new Array<IValue>(fixedSize ?? 1).fill(bound) : Array.isArray(bound) ? bound : bound instanceof TupleValue ? bound.elements : [];
  const srcItems = Array.isArray(source) ? source : source instanceof TupleValue ? source.elements : undefined;
  const values = items.map((x, i) => argValue(state, el, x, srcItems?.[i]));
  const listType = el instanceof TensorType || el instanceof OptionalType ? type : new ListType(el.kind === 'SymInt' ? IntType : el);
  const n = state.graph.insert('prim::ListConstruct', values, 1);
  return n.output().setType(listType);
}

/** `x.size(d)`: `aten::size` + `prim::NumToTensor`, returning the traced 0-dim Long tensor (getSizeOf). */
function recordSize(state: TracingState, t: Tensor, dim: IValue | undefined): IValue {
  if (dim === undefined) return t.shape.map((_, d) => recordSize(state, t, BigInt(d)));
  const d = Number(dim);
  const self = state.getValue(t);
  const dimValue = state.constant({ kind: 'int', value: BigInt(d) });
  const size = state.graph.insert('aten::size', [self, dimValue], 1);
  size.source = state.site();
  size.output().setType(IntType);
  return tracedInt(state, size.output(), t.shape[d < 0 ? d + t.ndim : d]!);
}

// An int the graph computes, as the 0-dim Long tensor Python code sees (`prim::NumToTensor`).
function tracedInt(state: TracingState, v: Value, real: number): Tensor {
  const out = Tensor.scalar('int64', real);
  const num = state.graph.insert('prim::NumToTensor', [v], 1);
  num.output().setType(TensorType.create({ scalarType: 'Long', sizes: [], device: 'cpu' }));
  state.setValue(out, num.output());
  return out;
}

/**
 * `torch.tensor(data)` while tracing (internal_new_from_data): a TracerWarning, and the data baked
 * in as a constant that is moved with `aten::to(data, device, dtype, False, False, None)` and detached.
 */
function recordTensorFromData(state: TracingState, result: Tensor, given: IValue | undefined): IValue {
  state.warn(TENSOR_CONSTRUCTOR_MESSAGE);
  const to = lookupOp('aten::to.device');
  const detach = lookupOp('aten::detach');
  if (!to || !detach) return result;
  // A traced tensor as the data (`torch.tensor(x.size(0))`) is detached and copied, and stays traced.
  const traced = given instanceof Tensor && state.hasValue(given);
  const data = callOp('aten::clone', [result]) as Tensor;
  if (traced) recordNode(state, { entry: detach, schema: schemaOf(detach), args: [given], sources: [] }, data);
  const moved = callOp('aten::clone', [result]) as Tensor;
  const toArgs: IValue[] = [data, new Device('cpu'), BigInt(SCALAR_TYPE_CODE[result.dtype]), false, traced, null];
  recordNode(state, { entry: to, schema: schemaOf(to), args: toArgs, sources: [] }, moved);
  recordNode(state, { entry: detach, schema: schemaOf(detach), args: [moved], sources: [] }, result);
  return result;
}

/** `x.numel()`: `aten::numel` + `prim::NumToTensor`, a traced 0-dim Long tensor (getNumelOf). */
function recordNumel(state: TracingState, t: Tensor): IValue {
  const numel = state.graph.insert('aten::numel', [state.getValue(t)], 1);
  numel.source = state.site();
  numel.output().setType(IntType);
  return tracedInt(state, numel.output(), t.numel);
}

// conv2d(input, weight, bias, stride, padding, dilation, groups) records the _convolution it calls.
function recordConvolution(state: TracingState, b: Binding, result: IValue): IValue {
  const entry = lookupOp('aten::_convolution');
  if (!entry || b.schema.arguments.length < 7) {
    recordNode(state, b, result);
    return result;
  }
  const dims = b.entry.name === 'aten::convolution' ? 2 : Number(b.entry.name.slice(-2, -1));
  const a = b.args;
  const expand = (v: IValue): IValue => (typeof v === 'bigint' ? new Array<IValue>(dims).fill(v) : v);
  const transposed = b.entry.name === 'aten::convolution' ? a[6]! : false;
  const outputPadding = b.entry.name === 'aten::convolution' ? a[7]! : new Array<IValue>(dims).fill(0n);
  const groups = b.entry.name === 'aten::convolution' ? a[8]! : a[6]!;
  const args: IValue[] = [a[0]!, a[1]!, a[2]!, expand(a[3]!), expand(a[4]!), expand(a[5]!), transposed, outputPadding, groups, false, false, true, true];
  const src = b.sources;
  const sources = [src[0], src[1], src[2], src[3], src[4], src[5], undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  recordNode(state, { entry, schema: schemaOf(entry), args, sources }, result);
  return result;
}

export { tensorConstant };
