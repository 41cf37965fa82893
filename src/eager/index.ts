// The eager interpreter's public API (what the script compiler, the tracer, the api layer and the CLI use).
export { Interpreter, DEFAULT_STEP_BUDGET } from './interpreter';
export type { InterpreterOptions, OutputSink, PyWarning, RunResult } from './interpreter';
export { setOpObserver, invokeOp, hasOp } from './dispatch';
export type { OpCall, OpObserver } from './dispatch';
export { setJitHooks } from './jit';
export type { JitCall, JitHooks } from './jit';
export {
  PyObject,
  PyBuiltin,
  PyFunction,
  PyClass,
  PyInstance,
  PyBoundMethod,
  PyModule,
  PyNative,
  PyDescriptor,
  PyTypingForm,
  SizeValue,
  tupleOf,
} from './objects';
export type { PyValue, Namespace, NativeFn, JitMarks, Closure, CompiledFunction } from './objects';
export { setTracingHooks } from './tracing';
export type { TracingHooks, TracedConversion } from './tracing';
export { PyException, StepBudgetExceeded, pyError, makeException, exceptionClassNamed } from './errors';
export type { TraceEntry } from './errors';
export {
  isModuleInstance,
  moduleAttributes,
  moduleBuffers,
  moduleChildren,
  moduleParameters,
  moduleTraining,
  namedModules,
  stateDict,
} from './module';
export { NamedTupleValue, OrderedDictValue } from './ordered_dict';
export { tensorRepr } from './repr';
export { isGradEnabled, tagResult } from './autograd';
