// Loads the torch.nn library (Python source in src/nn) into an interpreter's torch.nn modules.
import { parse } from '../lang/parser';
import type { Module } from '../lang/ast';
import type { NnSourceFile } from '../nn/index';
import { NN_LIBRARY } from '../nn/index';
import { AUTOGRAD_LIBRARY, NN_UTILS_LIBRARY, OPTIM_LIBRARY } from '../nn/optim';
import type { Interpreter } from './interpreter';
import type { PyModule } from './objects';
import { PyClass, PyFunction, PyModule as Mod } from './objects';

// Note [Library parsed once]: the library's ASTs are shared by every interpreter (and by the script
// compiler, which compiles nn modules from the same FunctionDef/ClassDef nodes as user code).
const parsed = new Map<readonly NnSourceFile[], Module[]>();

function parsedLibrary(files: readonly NnSourceFile[]): Module[] {
  let asts = parsed.get(files);
  if (asts === undefined) {
    asts = files.map((f) => {
      const r = parse(f.source, f.fileName);
      if (r.diagnostics.length > 0) throw new Error(`${f.fileName}: ${r.diagnostics[0]!.message} (line ${r.diagnostics[0]!.range.start.line})`);
      return r.module;
    });
    parsed.set(files, asts);
  }
  return asts;
}

export function loadNnLibrary(it: Interpreter, modules: Map<string, PyModule>): void {
  loadLibrary(it, modules, NN_LIBRARY, 'torch.nn');
}

/** Loads torch.optim (src/nn/optim.ts) into the `torch.optim` module. */
export function loadOptimLibrary(it: Interpreter, modules: Map<string, PyModule>): void {
  loadLibrary(it, modules, OPTIM_LIBRARY, 'torch.optim');
}

/** Loads torch.autograd.Function (src/nn/optim.ts) into the `torch.autograd` module. */
export function loadAutogradLibrary(it: Interpreter, modules: Map<string, PyModule>): void {
  loadLibrary(it, modules, AUTOGRAD_LIBRARY, 'torch.autograd');
}

/** Loads torch.nn.utils' clipping functions (src/nn/optim.ts) into the `torch.nn.utils` module. */
export function loadNnUtilsLibrary(it: Interpreter, modules: Map<string, PyModule>): void {
  loadLibrary(it, modules, NN_UTILS_LIBRARY, 'torch.nn.utils');
  const utils = modules.get('torch.nn.utils')!;
  for (const [k, v] of modules.get('torch.nn.utils.clip_grad')!.dict) if (v instanceof PyFunction && !k.startsWith('_')) utils.dict.set(k, v);
}

function loadLibrary(it: Interpreter, modules: Map<string, PyModule>, files: readonly NnSourceFile[], packageName: string): void {
  const nn = modules.get(packageName)!;
  const asts = parsedLibrary(files);
  files.forEach((f, i) => {
    it.addSource(f.fileName, f.source);
    const target = modules.get(f.moduleName) ?? new Mod(f.moduleName);
    modules.set(f.moduleName, target);
    target.dict.set('__name__', f.moduleName);
    it.execModule(asts[i]!, target.dict, f.moduleName);
    for (const [k, v] of target.dict) if (v instanceof PyClass && v.moduleName === f.moduleName && !k.startsWith('_')) nn.dict.set(k, v);
    // A direct submodule is an attribute of its package (`torch.optim.lr_scheduler`).
    const child = f.moduleName.slice(packageName.length + 1);
    if (f.moduleName.startsWith(`${packageName}.`) && !child.includes('.') && !nn.dict.has(child)) nn.dict.set(child, target);
  });
}
