// Calls from traced code into a scripted or traced submodule: one prim::CallMethod, the callee keeps its control flow.
import { TensorType } from '../ir/types';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { TraceModule } from './host';
import { argumentValue, mapCallResult } from './function_calls';
import { childPath } from './module_calls';
import type { TracingState } from './tracing_state';

/**
 * Records `prim::GetAttr` down to `module` and `prim::CallMethod[name="forward"]` on it, as
 * PyTorch's tracer does for a ScriptModule submodule; false when `module` is not inside the
 * module being traced (then its results are baked in like any untraced value).
 */
export function recordCompiledModuleCall(state: TracingState, module: TraceModule, args: readonly IValue[], result: IValue): boolean {
  const compiled = module.compiled;
  const outer = state.scope;
  const path = compiled && outer.module ? childPath(outer.module, module) : undefined;
  if (!compiled || !path || path.names.length === 0) return false;
  const self = outer.getAttr(path.names, path.modules.map((m) => state.types.typeOf(m)), compiled.type, state.site());
  const inputs = args.map((a) => argumentValue(state, a));
  const call = state.graph.insert('prim::CallMethod', [self, ...inputs], 0).s_('name', 'forward');
  state.recordedCalls.add(call);
  state.markCallSite(call);
  mapCallResult(state, call, compiled.returnType('forward') ?? TensorType.get(), result);
  if (state.gradEnabled() && (compiled.hasGradParameters || args.some((a) => a instanceof Tensor && state.requiresGrad(a)))) {
    for (const t of resultTensors(result)) state.markGrad(t);
  }
  return true;
}

function resultTensors(v: IValue): Tensor[] {
  if (v instanceof Tensor) return [v];
  return v instanceof TupleValue ? v.elements.flatMap(resultTensors) : [];
}
