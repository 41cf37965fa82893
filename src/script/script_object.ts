/**
 * The runtime object of a scripted module (PyTorch's `torch._C.ScriptObject` behind a
 * RecursiveScriptModule): its parameters, buffers, submodules and plain attributes, by
 * name, with the class name the compiled methods were registered under, so that the
 * IR interpreter's prim::GetAttr and prim::CallMethod find them.
 */
import { compiledModuleOf, isModuleInstance, moduleAttributes, moduleBuffers, moduleChildValues, moduleParameters, moduleTraining } from '../eager/module';
import type { PyInstance, PyValue } from '../eager/objects';
import { PyObject } from '../eager/objects';
import type { IValue } from '../runtime/ivalue';
import { ScriptObject } from '../runtime/ivalue';
import type { ModuleCompiler } from './module';

/** True for values that exist at run time (IValues), false for Python-only objects. */
function isIValue(v: PyValue): v is IValue {
  return !(v instanceof PyObject);
}

// The eager instance each mirror was made from, for @torch.jit.ignore methods (Note [Python ops]).
const eagerInstances = new WeakMap<ScriptObject, PyInstance>();

export function eagerInstanceOf(obj: ScriptObject): PyInstance | undefined {
  return eagerInstances.get(obj);
}

/**
 * Mirrors `m` as a ScriptObject. Tensors are shared with the eager instance, as a
 * scripted module shares its parameters with the module it was made from.
 */
export function scriptObjectOf(compiler: ModuleCompiler, m: PyInstance): ScriptObject {
  const obj = new ScriptObject(compiler.typeOf(m).qualifiedName);
  eagerInstances.set(obj, m);
  for (const [name, t] of moduleParameters(m)) obj.attributes.set(name, t);
  for (const [name, t] of moduleBuffers(m)) obj.attributes.set(name, t);
  // A traced or scripted submodule brings its own object (Note [Compiled submodules]).
  for (const [name, child] of moduleChildValues(m)) {
    obj.attributes.set(name, child === null ? null : (compiledModuleOf(child)?.object ?? scriptObjectOf(compiler, child as PyInstance)));
  }
  for (const [name, v] of moduleAttributes(m)) {
    if (isModuleInstance(v)) obj.attributes.set(name, scriptObjectOf(compiler, v as PyInstance));
    else if (isIValue(v)) obj.attributes.set(name, v);
  }
  obj.attributes.set('training', moduleTraining(m));
  return obj;
}
