/**
 * The IR interpreter: runs a Graph on the operator kernels of src/ops. See executor.ts for the
 * compiled form and kernels.ts for how a node finds its kernel.
 */
export { compileGraph, failingNode, runGraph, setDefaultPrint, StepBudgetExceeded } from './executor';
export type { CompiledGraph, InterpreterOptions } from './executor';
export type { PythonCallable, RuntimeCallees } from './nodes';
export { moduleObject } from './module';
export { cancelRuns, compileGraphAsync, RunCancelled, runGraphAsync } from './async_executor';
export type { AsyncInterpreterOptions, CompiledGraphAsync } from './async_executor';
export { setResultObserver } from './kernels';
export type { ResultObserver } from './kernels';
