/**
 * Module types, after ConcreteModuleType (torch/jit/_recursive.py): two instances of one class
 * share a TorchScript type only when their submodules, parameters, buffers, attribute types and
 * constant values agree. Each further distinct shape of a class gets a mangled name,
 * `__torch__.torch.nn.modules.container.___torch_mangle_0.Sequential`, as PyTorch prints it.
 */
import { ClassType } from '../ir/types';
import { moduleAttributes, moduleBuffers, moduleChildValues, moduleParameters, isModuleInstance, compiledModuleOf } from '../eager/module';
import type { PyClass, PyInstance, PyValue } from '../eager/objects';
import { PyFunction } from '../eager/objects';
import { constantOf } from './python_resolver';
import { typeOfPyValue } from './module_values';

export class ModuleTypes {
  private readonly byInstance = new WeakMap<PyInstance, ClassType>();
  private readonly byName = new Map<string, Map<string, ClassType>>();
  private readonly classIds = new Map<PyClass, number>();
  private mangleCounter = 0;

  constructor(
    private readonly baseName: (m: PyInstance) => string,
    private readonly constantNames: (m: PyInstance) => ReadonlySet<string>,
  ) {}

  typeOf(m: PyInstance): ClassType {
    const known = this.byInstance.get(m);
    if (known) return known;
    const base = this.baseName(m);
    const key = this.key(m);
    let shapes = this.byName.get(base);
    if (!shapes) this.byName.set(base, (shapes = new Map()));
    let type = shapes.get(key);
    if (!type) {
      const cut = base.lastIndexOf('.');
      const name = shapes.size === 0 ? base : `${base.slice(0, cut)}.___torch_mangle_${this.mangleCounter++}${base.slice(cut)}`;
      type = new ClassType(name, true);
      shapes.set(key, type);
    }
    this.byInstance.set(m, type);
    return type;
  }

  // Note [Concrete module key]: what makes two instances compile to different code.
  private key(m: PyInstance): string {
    let id = this.classIds.get(m.cls);
    if (id === undefined) this.classIds.set(m.cls, (id = this.classIds.size));
    const parts: string[] = [`class ${id}`];
    for (const [k, c] of moduleChildValues(m)) {
      const type = c === null ? undefined : (compiledModuleOf(c)?.type ?? this.typeOf(c as PyInstance));
      parts.push(`module ${k}: ${type?.qualifiedName ?? 'None'}`);
    }
    for (const [k, t] of moduleParameters(m)) parts.push(`param ${k}${t === null ? ' None' : ''}`);
    for (const [k, t] of moduleBuffers(m)) parts.push(`buffer ${k}${t === null ? ' None' : ''}`);
    const constants = this.constantNames(m);
    for (const [k, v] of moduleAttributes(m)) parts.push(this.attributeKey(k, v, constants.has(k)));
    return parts.join('\n');
  }

  private attributeKey(name: string, v: PyValue, constant: boolean): string {
    if (isModuleInstance(v)) return `module ${name}: ${this.typeOf(v as PyInstance).qualifiedName}`;
    if (v instanceof PyFunction) return `function ${name}`;
    if (constant) {
      const c = constantOf(v);
      if (c) return `constant ${name} = ${JSON.stringify(c, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))}`;
    }
    return `attribute ${name}: ${typeOfPyValue(v)?.str() ?? 'unknown'}`;
  }
}
