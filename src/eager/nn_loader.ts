// Loads the torch.nn library (Python source in src/nn) into an interpreter's torch.nn modules.
import { parse } from '../lang/parser';
import type { Module } from '../lang/ast';
import { NN_LIBRARY } from '../nn/index';
import type { Interpreter } from './interpreter';
import type { PyModule } from './objects';
import { PyClass, PyModule as Mod } from './objects';

// Note [Library parsed once]: the library's ASTs are shared by every interpreter (and by the script
// compiler, which compiles nn modules from the same FunctionDef/ClassDef nodes as user code).
let parsed: Module[] | null = null;

function parsedLibrary(): Module[] {
  if (parsed === null) {
    parsed = NN_LIBRARY.map((f) => {
      const r = parse(f.source, f.fileName);
      if (r.diagnostics.length > 0) throw new Error(`${f.fileName}: ${r.diagnostics[0]!.message} (line ${r.diagnostics[0]!.range.start.line})`);
      return r.module;
    });
  }
  return parsed;
}

export function loadNnLibrary(it: Interpreter, modules: Map<string, PyModule>): void {
  const nn = modules.get('torch.nn')!;
  const asts = parsedLibrary();
  NN_LIBRARY.forEach((f, i) => {
    it.addSource(f.fileName, f.source);
    const target = modules.get(f.moduleName) ?? new Mod(f.moduleName);
    modules.set(f.moduleName, target);
    target.dict.set('__name__', f.moduleName);
    it.execModule(asts[i]!, target.dict, f.moduleName);
    for (const [k, v] of target.dict) if (v instanceof PyClass && v.moduleName === f.moduleName && !k.startsWith('_')) nn.dict.set(k, v);
  });
}
