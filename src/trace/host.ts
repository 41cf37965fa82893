// What the tracer needs from the program that runs the traced code (the eager interpreter).
import type { Graph } from '../ir/graph';
import type { CalleeTable } from '../passes/inline';
import type { ClassType, Type } from '../ir/types';
import type { ScriptObject } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';

/** One running Python frame, as the tracer sees it. */
export interface TraceFrame {
  readonly fileName: string;
  /** The line being executed (1-based). */
  readonly line: number;
  /** The running function's name, when the host knows it (Note [Builtin functionals]). */
  readonly funcName?: string;
  /** The frame's local variables in definition order (for naming values, PyTorch's lookup_var_name_fn). */
  readonly locals: ReadonlyMap<string, unknown>;
}

/**
 * The running program. The eager interpreter satisfies it structurally (`frames`, innermost last).
 * Note [Source locations]: PyTorch records the innermost Python frame's file and line, with column 0,
 * on every recorded node and on the constants of its arguments.
 */
export interface TraceHost {
  readonly frames: readonly TraceFrame[];
}

/**
 * An nn.Module instance as the tracer sees it. The eager interpreter provides one per module
 * class of object it hands to `torch.jit.trace` (Note [Module scopes]).
 */
export interface TraceModule {
  /** The Python qualified class name, e.g. `__main__.MyCell` or `torch.nn.modules.linear.Linear`. */
  readonly pythonName: string;
  /** Submodules in registration order. */
  children(): readonly (readonly [string, TraceModule])[];
  /** Parameters and buffers of this module (not of its children), in registration order. */
  tensors(): readonly (readonly [string, Tensor])[];
  /** True for a module instance that is this same Python object. */
  is(other: TraceModule): boolean;
  /** Set for a traced or scripted submodule: called with `prim::CallMethod`, never traced into. */
  readonly compiled?: CompiledTraceModule;
}

/** A module compiled before the trace (scripted, or traced on its own). */
export interface CompiledTraceModule {
  readonly type: ClassType;
  /** The module as the IR interpreter sees it, stored in the traced module's object. */
  readonly object: ScriptObject;
  /** Its methods' graphs and what they call. */
  readonly callees: CalleeTable;
  /** The declared return type of `method`. */
  returnType(method: string): Type | undefined;
  /** True when a parameter requires grad, so floating results do too (Note [Requires grad]). */
  readonly hasGradParameters: boolean;
}

/** A compiled (scripted or traced) function that traced code calls: recorded as `prim::CallFunction`. */
export interface TraceCallee {
  /** `__torch__.foo`. */
  readonly qualifiedName: string;
  readonly graph: Graph;
  /** What the callee itself calls. */
  readonly callees?: CalleeTable;
}
