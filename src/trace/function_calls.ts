// Compiled functions called from traced code: one `prim::CallFunction`, the callee keeps its control flow.
import { FunctionType, TensorType } from '../ir/types';
import { unshapedType } from '../ir/unify';
import type { Type } from '../ir/types';
import type { Node } from '../ir/node';
import type { Value } from '../ir/value';
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { TraceCallee } from './host';
import type { TracingState } from './tracing_state';
import { bindContainer, traceable } from './trace_io';

export function argumentValue(state: TracingState, v: IValue): Value {
  if (v instanceof Tensor) return state.getValue(v);
  if (v === null) return state.none();
  if (typeof v === 'bigint') return state.constant({ kind: 'int', value: v });
  if (typeof v === 'number') return state.constant({ kind: 'float', value: v });
  if (typeof v === 'boolean') return state.constant({ kind: 'bool', value: v });
  if (typeof v === 'string') return state.constant({ kind: 'str', value: v });
  throw new TorchError('RuntimeError', 'Type not supported as an argument to a scripted function called from a trace: only tensors and numbers are');
}

/**
 * Records `%f : Function = prim::Constant[name="foo"]()` and `prim::CallFunction(%f, args...)`
 * (PyTorch's runAndInsertCall); the outputs take the callee's declared types.
 */
export function recordFunctionCall(state: TracingState, callee: TraceCallee, args: readonly IValue[], result: IValue): void {
  const g = state.graph;
  const q = callee.qualifiedName;
  // The arguments' constants come before the function constant, as runAndInsertCall makes them.
  const inputs = args.map((a) => argumentValue(state, a));
  const fn = g.insert('prim::Constant', [], 1).s_('name', q.slice(q.lastIndexOf('.') + 1));
  fn.output().setType(new FunctionType(q));
  const call = g.insert('prim::CallFunction', [fn.output(), ...inputs], 0);
  state.markCallSite(call);
  // The callee's schema type: a traced callee's shapes are dropped (defaultSchemaFor).
  const declared = callee.graph.outputs[0]?.type;
  mapCallResult(state, call, declared ? unshapedType(declared) : TensorType.get(), result);
}

/** The outputs of a call to compiled code take its declared types; a tuple of tensors is unpacked. */
export function mapCallResult(state: TracingState, call: Node, type: Type, result: IValue): void {
  const g = state.graph;
  if (result instanceof Tensor) {
    state.setValue(result, call.addOutput(type));
    return;
  }
  const out = call.addOutput(type);
  // Containers of tensors are unpacked right after the call (setValue of a tuple, list or dict).
  if (traceable(result)) bindContainer(state, g, result, out, (t, v) => state.setValue(t, v));
}
