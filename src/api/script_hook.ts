/**
 * `torch.jit.script` inside programs: the eager interpreter's script hook. A function is
 * compiled from its AST and globals (the functions it calls recursively), a module instance
 * through the module compiler; the result is a ScriptFunction or RecursiveScriptModule object.
 * Compile errors are Python exceptions whose text is TorchScript's whole message.
 */
import {
  type Interpreter,
  type JitCall,
  type Namespace,
  PyClass,
  PyException,
  PyFunction,
  type PyInstance,
  PyNative,
  type PyValue,
  exceptionClassNamed,
  isModuleInstance,
  makeException,
  pyError,
  setJitHooks,
} from '../eager';
import { CompilationUnit } from '../script/compilation_unit';
import { ScriptError, exceptionClassOf, renderError, scriptError } from '../script/errors';
import { ModuleCompiler } from '../script/module';
import { registryOperators } from '../script/operators';
import { EagerContext } from '../script/python_resolver';
import { scriptObjectOf } from '../script/script_object';
import type { Resolver } from '../script/resolver';
import { RecursiveScriptModuleObject, ScriptFunctionObject } from './scripted_objects';

const frontendError = new PyClass('FrontendError', [exceptionClassNamed('Exception')], null, null, {}, 'torch.jit.frontend');
const notSupportedError = new PyClass('NotSupportedError', [frontendError], null, null, {}, 'torch.jit.frontend');
const unsupportedNodeError = new PyClass('UnsupportedNodeError', [notSupportedError], null, null, {}, 'torch.jit.frontend');

/**
 * The Python exception PyTorch raises for a compile error: the frontend's own classes for what
 * it rejects, else RuntimeError, whose text (ErrorReport::what) starts with a newline.
 */
export function scriptException(e: ScriptError): PyException {
  const text = e.window ? renderError(e, e.window) : e.text;
  const kind = exceptionClassOf(e.code);
  if (kind === 'RuntimeError') return new PyException(makeException(exceptionClassNamed('RuntimeError'), [`\n${text}`]));
  return new PyException(makeException(kind === 'NotSupportedError' ? notSupportedError : unsupportedNodeError, [text]));
}

// One adapter per interpreter, so source texts are rebuilt once.
const contexts = new WeakMap<Interpreter, EagerContext>();

function eagerContext(it: Interpreter): EagerContext {
  let ctx = contexts.get(it);
  if (!ctx) {
    ctx = new EagerContext(it);
    contexts.set(it, ctx);
  }
  return ctx;
}

function rethrow(e: unknown): never {
  if (e instanceof ScriptError) throw scriptException(e);
  if (e instanceof PyException) throw e;
  const at = { line: 1, col: 0, offset: 0 };
  throw scriptException(scriptError('internal-error', { start: at, end: at }, { detail: e instanceof Error ? e.message : String(e) }));
}

/** `torch.jit.script(fn)` for a Python function. */
export function scriptFunction(it: Interpreter, fn: PyFunction): ScriptFunctionObject {
  const source = eagerContext(it).functionSource(fn);
  if (!source) throw pyError('RuntimeError', `torch.jit.script cannot compile ${fn.name}: not a def`);
  const unit = new CompilationUnit(registryOperators());
  try {
    return new ScriptFunctionObject(unit.compileFunction(source), unit);
  } catch (e) {
    rethrow(e);
  }
}

/** `torch.jit.script(module)`: forward, the exported methods and what they reach. */
export function scriptModule(it: Interpreter, m: PyInstance): RecursiveScriptModuleObject {
  const unit = new CompilationUnit(registryOperators());
  const compiler = new ModuleCompiler(unit, eagerContext(it));
  try {
    for (const r of compiler.roots(m)) compiler.method(m, r);
  } catch (e) {
    rethrow(e);
  }
  return new RecursiveScriptModuleObject({ unit, compiler, interpreter: it }, m, scriptObjectOf(compiler, m));
}

/** The `script` JIT hook. */
export function scriptHook(obj: PyValue, call: JitCall): PyValue {
  const it = call.interpreter;
  if (obj instanceof PyNative && (obj instanceof ScriptFunctionObject || obj instanceof RecursiveScriptModuleObject)) return obj;
  if (obj instanceof PyFunction) return scriptFunction(it, obj);
  if (isModuleInstance(obj)) return scriptModule(it, obj as PyInstance);
  // A `@torch.jit.script` class stays a Python class; script code that uses it compiles it then.
  if (obj instanceof PyClass && !obj.mro.some((c) => c.name === 'Module' && c.moduleName.startsWith('torch.nn'))) return obj;
  throw pyError('RuntimeError', `Type '${it.typeName(obj)}' cannot be compiled since it inherits from nn.Module, pass an instance instead`);
}

let installed = false;

/** Adds the script hook to the JIT hooks already installed (the tracer's); idempotent. */
export function installScriptHook(): void {
  if (installed) return;
  installed = true;
  const prev = setJitHooks({});
  setJitHooks({ ...prev, script: scriptHook });
}

/**
 * Free names of a program's top-level code as the script compiler sees them (traced and scripted
 * function objects included), for `compileFunction(..., { resolver })` after the program has run.
 */
export function programResolver(it: Interpreter, globals: Namespace): Resolver {
  return eagerContext(it).resolver(globals);
}
