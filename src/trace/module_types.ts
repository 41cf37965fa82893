// Class types of traced modules: one type per module instance, mangled like PyTorch's compilation unit.
import { ClassType } from '../ir/types';
import type { TraceModule } from './host';

/** `__main__.MyCell` -> `__torch__.MyCell`; `torch.nn.modules.linear.Linear` -> `__torch__.torch.nn.modules.linear.Linear`. */
export function torchQualifiedName(pythonName: string): string {
  const name = pythonName.startsWith('__main__.') ? pythonName.slice('__main__.'.length) : pythonName;
  return `__torch__.${name}`;
}

/**
 * Note [Module types]: trace_module gives every module instance its own class type (it does not
 * share types); a name already taken gets `___torch_mangle_N.` before its last part, N counting
 * up across the session as PyTorch's mangler does.
 */
export class TypeNamer {
  private readonly byModule: { module: TraceModule; type: ClassType }[] = [];
  private readonly taken = new Set<string>();
  private counter = 0;

  /**
   * Names the types of a whole module tree, children before their parent, in the order
   * PyTorch's create_script_module builds them (so the mangle numbers agree with a fresh process).
   */
  nameTree(m: TraceModule): ClassType {
    for (const [, child] of m.children()) this.nameTree(child);
    return this.typeOf(m);
  }

  typeOf(m: TraceModule): ClassType {
    if (m.compiled) return m.compiled.type;
    const known = this.byModule.find((e) => e.module.is(m));
    if (known) return known.type;
    const base = torchQualifiedName(m.pythonName);
    let name = base;
    if (this.taken.has(name)) {
      const dot = base.lastIndexOf('.');
      name = `${base.slice(0, dot)}.___torch_mangle_${this.counter++}${base.slice(dot)}`;
    }
    this.taken.add(name);
    const type = new ClassType(name, true);
    this.byModule.push({ module: m, type });
    return type;
  }
}
