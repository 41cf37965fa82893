/**
 * A user's program loaded the way `python program.py` would run it: the eager interpreter
 * runs its module-level code once, and its entries (functions, nn.Module classes) are then
 * looked up, constructed and given their parameters from the same run. The script and
 * trace halves of the session build on this so the module-level code runs once.
 */
import { Interpreter, PyClass, PyFunction, PyInstance, PyNative, type PyValue, type RunResult, stateDict } from '../eager';
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';

export interface LoadedProgram {
  readonly interpreter: Interpreter;
  readonly run: RunResult;
}

export interface LoadOptions {
  /** False for PYTORCH_JIT=0. */
  readonly jit?: boolean;
  readonly stepBudget?: number;
}

/** Runs the module-level code of `source`. Never throws on user input (errors are in `run`). */
export function loadProgram(source: string, fileName: string, options: LoadOptions = {}): LoadedProgram {
  const interpreter = new Interpreter({
    jit: options.jit ?? true,
    ...(options.stepBudget === undefined ? {} : { stepBudget: options.stepBudget }),
  });
  return { interpreter, run: interpreter.run(source, fileName) };
}

/** The entry named `name` in the program's globals: a function or a class, else undefined. */
export function lookupEntry(program: LoadedProgram, name: string): PyFunction | PyClass | undefined {
  const v = program.run.globals.get(name);
  return v instanceof PyFunction || v instanceof PyClass ? v : undefined;
}

/**
 * The instance of `cls` the program's module-level code built last (`model = Net(64, 4)`,
 * or the module behind `torch.jit.script(Net(64, 4))` / `torch.jit.trace(...)`), if any: the
 * playground compiles or traces that model rather than constructing one with no arguments,
 * which fails for classes whose constructor takes some.
 */
export function programInstanceOf(program: LoadedProgram, cls: PyClass): PyInstance | undefined {
  let found: PyInstance | undefined;
  for (const v of program.run.globals.values()) {
    // Scripted and traced modules keep the eager module they were made from as `instance`.
    const m = v instanceof PyInstance ? v : v instanceof PyNative && 'instance' in v ? v.instance : undefined;
    if (m instanceof PyInstance && m.cls === cls) found = m;
  }
  return found;
}

/**
 * Constructs module class `cls` with `initArgs` and copies `params` (a state_dict with
 * dotted names) into its parameters and buffers in place, as `load_state_dict` does.
 * Throws a PyException for user errors (a bad constructor call, a missing key).
 */
export function instantiate(
  program: LoadedProgram,
  cls: PyClass,
  initArgs: readonly IValue[] = [],
  params?: ReadonlyMap<string, IValue>,
): PyInstance {
  const it = program.interpreter;
  const instance = it.call(cls, [...initArgs]);
  if (!(instance instanceof PyInstance)) throw new Error(`constructing ${cls.name} gave no instance`);
  loadParams(instance, params);
  return instance;
}

/** Loads `params` into `instance`, then switches it to eval mode when asked (what a session does before compiling). */
export function prepareInstance(
  interpreter: Interpreter,
  instance: PyInstance,
  params: ReadonlyMap<string, IValue> | undefined,
  evalMode: boolean,
): void {
  loadParams(instance, params);
  if (evalMode) interpreter.call(interpreter.getAttr(instance, 'eval'), []);
}

/** Copies a state_dict (dotted names) into the module's tensors in place, as load_state_dict does. */
export function loadParams(instance: PyInstance, params: ReadonlyMap<string, IValue> | undefined): void {
  if (!params || params.size === 0) return;
  const own = stateDict(instance);
  for (const [name, value] of params) {
    const target = own.map.get(name);
    if (target instanceof Tensor && value instanceof Tensor) target.copy_(value.cast(target.dtype));
  }
}

/** A value as the eager interpreter holds it, for callers that pass IValues in. */
export function asPyValues(values: readonly IValue[]): PyValue[] {
  return [...values];
}
