/**
 * How the compiler finds free names, like PyTorch's resolution callback
 * (`rcb`): the emitter asks a Resolver for any name that is not a local
 * variable. The eager interpreter's objects reach the compiler only through a
 * Resolver (see python_resolver.ts), so the emitter does not depend on them.
 */
import type { FunctionDef, Module, Stmt } from '../lang/ast';
import type { TypeResolver } from './annotations';
import { pythonBuiltin, resolveDotted } from './builtins';
import type { FunctionSource, SugaredValue } from './sugared_value';

export interface Resolver {
  /** The meaning of a free name, or undefined when it is unknown (`undefined value x`). */
  resolve(name: string): SugaredValue | undefined;
}

/** User types in annotations (NamedTuples, script classes) resolve like other free names. */
export function typesOf(resolver: Resolver): TypeResolver {
  return (name) => {
    if (name.includes('.')) return undefined;
    const s = resolver.resolve(name);
    return s?.kind === 'type' ? s.type : undefined;
  };
}

/** Maps the import statements of a module to what they bind (`import torch.nn.functional as F`). */
function importBindings(body: readonly Stmt[]): Map<string, SugaredValue> {
  const out = new Map<string, SugaredValue>();
  for (const s of body) {
    if (s.kind === 'Import') {
      for (const a of s.names) {
        if (a.asname) out.set(a.asname, resolveDotted(a.name) ?? { kind: 'pymodule', name: a.name });
        else out.set(a.name.split('.')[0]!, { kind: 'pymodule', name: a.name.split('.')[0]! });
      }
    } else if (s.kind === 'ImportFrom' && s.module && s.level === 0) {
      for (const a of s.names) {
        const bound = resolveDotted(`${s.module}.${a.name}`);
        if (bound) out.set(a.asname ?? a.name, bound);
      }
    }
  }
  return out;
}

/**
 * A resolver over one parsed file: its top-level `def`s, its imports (torch,
 * torch.nn.functional, math, typing) and Python's builtins. Enough for programs
 * made of functions; modules need the eager objects (python_resolver.ts).
 */
export function moduleResolver(module: Module, text: string, extra?: Resolver): Resolver {
  const imports = importBindings(module.body);
  const defs = new Map<string, FunctionDef>();
  for (const s of module.body) if (s.kind === 'FunctionDef') defs.set(s.name, s);
  const resolver: Resolver = {
    resolve(name) {
      const def = defs.get(name);
      if (def) {
        const fn: FunctionSource = { def, name, qualifiedName: `__torch__.${name}`, resolver, text, fileName: module.fileName };
        return { kind: 'function', fn };
      }
      return extra?.resolve(name) ?? imports.get(name) ?? pythonBuiltin(name);
    },
  };
  return resolver;
}
