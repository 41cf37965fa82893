/**
 * The traced graph's inputs and outputs, after tracer.cpp (`TracingState::addInput`,
 * `getOutput`, `setValue` of containers) and python_tracer.cpp's `toTraceableStack`.
 */
import type { Graph } from '../ir/graph';
import { insertConstant } from '../ir/constants';
import { DictType, ListType, StringType, TensorType, TupleType, type Type } from '../ir/types';
import type { Value } from '../ir/value';
import { DictValue, TupleValue, type IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { TraceScope, TracingState } from './tracing_state';

export const STRICT_TRACER_MESSAGE =
  ' might cause the trace to be incorrect, this is only valid if the container structure does not change based on the module\'s inputs. Consider using a constant container instead (e.g. for `list`, use a `tuple` instead. for `dict`, use a `NamedTuple` instead). If you absolutely need this and know the side effects, pass strict=False to trace() to allow this behavior.';

/** The Python type of an example input as TorchScript prints it (`Tuple[Tensor, int]`). */
function inferredTypeStr(v: IValue): string {
  if (v instanceof Tensor) return 'Tensor';
  if (v === null) return 'NoneType';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (v instanceof TupleValue) return `Tuple[${v.elements.map(inferredTypeStr).join(', ')}]`;
  if (Array.isArray(v)) return `List[${v.length > 0 ? inferredTypeStr(v[0]!) : 'Tensor'}]`;
  if (v instanceof DictValue) {
    const [k, x] = [...v.map][0] ?? ['', null];
    return `Dict[${inferredTypeStr(k as IValue)}, ${inferredTypeStr(x)}]`;
  }
  return 'Any';
}

// isTraceableType: tensors, and lists, tuples and dict values made of them.
export function traceable(v: IValue): boolean {
  if (v instanceof Tensor) return true;
  if (v instanceof TupleValue) return v.elements.every(traceable);
  if (Array.isArray(v)) return v.every(traceable);
  if (v instanceof DictValue) return [...v.map.values()].every(traceable);
  return false;
}

/** Rejects example inputs the tracer cannot follow, with PyTorch's message for the whole input tuple. */
export function checkTraceableInputs(inputs: readonly IValue[]): void {
  if (inputs.every(traceable)) return;
  const type = inferredTypeStr(new TupleValue([...inputs]));
  throw new TorchError('RuntimeError', `Type '${type}' cannot be traced. Only Tensors and (possibly nested) Lists, Dicts, and Tuples of Tensors can be traced`);
}

/** The type of an input: tensors with their traced types, lists of plain `Tensor`. */
function inputType(state: TracingState, v: IValue): Type {
  if (v instanceof Tensor) return state.typeOf(v);
  if (v instanceof TupleValue) return new TupleType(v.elements.map((e) => inputType(state, e)));
  if (Array.isArray(v)) return new ListType(TensorType.get());
  return new DictType(StringType, TensorType.get());
}

/** A graph input for `v`; containers are unpacked so each tensor has a value (addInput). */
export function addInput(state: TracingState, scope: TraceScope, v: IValue, name: string | undefined): void {
  const input = scope.graph.addInput(undefined, inputType(state, v));
  if (name !== undefined && v instanceof Tensor) state.nameTensor(input, v, name);
  else if (name !== undefined) input.setDebugName(name);
  bindContainer(state, scope.graph, v, input, (t, value) => scope.env.set(t, value));
}

/** Maps the tensors inside `v` (a tensor or a container of them) to values unpacked from `value`. */
export function bindContainer(state: TracingState, g: Graph, v: IValue, value: Value, bind: (t: Tensor, v: Value) => void): void {
  if (v instanceof Tensor) {
    bind(v, value);
    return;
  }
  if (v instanceof TupleValue || Array.isArray(v)) {
    const items = v instanceof TupleValue ? v.elements : v;
    const unpack = g.insert(v instanceof TupleValue ? 'prim::TupleUnpack' : 'prim::ListUnpack', [value], 0);
    // List elements are plain `Tensor`s; tuple elements keep their traced types.
    const types = value.type instanceof TupleType ? value.type.elements : [];
    items.forEach((e, i) => bindContainer(state, g, e, unpack.addOutput(types[i] ?? TensorType.get()), bind));
    return;
  }
  if (v instanceof DictValue) {
    for (const [k, x] of v.map) {
      if (typeof k !== 'string' || !(x instanceof Tensor)) continue;
      const item = g.insert('aten::__getitem__', [value, insertConstant(g, { kind: 'str', value: k })], 1);
      bind(x, item.output().setType(TensorType.get()));
    }
  }
}

/**
 * The graph output for the traced result (getOutput): tuples are constructed; in strict mode a
 * list warns and a dict is an error.
 */
export function outputValue(state: TracingState, v: IValue, i: number, strict: boolean): Value {
  const g = state.graph;
  if (v instanceof Tensor) {
    const known = state.scope.env.get(v);
    if (known) return known;
    if (state.homes.has(v)) return state.getValue(v);
    throw new TorchError(
      'RuntimeError',
      `output ${i} (tensor) of traced region did not have observable data dependence with trace inputs; this probably indicates your program cannot be understood by the tracer.`,
    );
  }
  if (v instanceof TupleValue) {
    const items = v.elements.map((e, k) => outputValue(state, e, k, strict));
    const n = g.insert('prim::TupleConstruct', items, 1);
    return n.output().setType(new TupleType(items.map((x) => x.type)));
  }
  if (Array.isArray(v) && v.every((e) => e instanceof Tensor)) {
    if (strict) state.warn(`Encountering a list at the output of the tracer${STRICT_TRACER_MESSAGE}`);
    const items = v.map((e, k) => outputValue(state, e, k, strict));
    return g.insert('prim::ListConstruct', items, 1).output().setType(new ListType(TensorType.get()));
  }
  if (v instanceof DictValue && [...v.map].every(([k, x]) => typeof k === 'string' && x instanceof Tensor)) {
    if (strict) throw new TorchError('RuntimeError', `Encountering a dict at the output of the tracer${STRICT_TRACER_MESSAGE}`);
    const inputs: Value[] = [];
    [...v.map].forEach(([k, x], n) => {
      inputs.push(insertConstant(g, { kind: 'str', value: k as string }), outputValue(state, x, n, strict));
    });
    return g.insert('prim::DictConstruct', inputs, 1).output().setType(new DictType(StringType, TensorType.get()));
  }
  throw new TorchError('RuntimeError', 'Only tensors, lists, tuples of tensors, or dictionary of tensors can be output from traced functions');
}
