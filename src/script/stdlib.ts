/**
 * The Python functions of torch.nn.functional that TorchScript compiles (they are
 * not builtins: a call is `prim::CallFunction` on a function constant). Their
 * source is the nn library's (src/nn/functional.ts), shared with the eager interpreter.
 */
import { FUNCTIONAL_SOURCE } from '../nn/functional';
import { parse } from '../lang/parser';
import type { FunctionDef } from '../lang/ast';
import { moduleResolver } from './resolver';
import type { Resolver } from './resolver';
import type { FunctionSource } from './sugared_value';

// Functions of torch.nn.functional that PyTorch maps straight to an operator (torch/jit/_builtins.py),
// although src/nn defines them in Python for the eager interpreter.
const builtinFunctionals = new Set(['linear', 'conv1d', 'conv2d', 'conv_transpose2d', 'gelu', 'softplus', 'avg_pool2d', 'pad']);
const functionalSource = FUNCTIONAL_SOURCE;
const functionalFile = 'torch/nn/functional.py';

let cache: { defs: Map<string, FunctionDef>; resolver: Resolver } | undefined;

function load(): { defs: Map<string, FunctionDef>; resolver: Resolver } {
  if (!cache) {
    const { module } = parse(functionalSource, functionalFile);
    const defs = new Map<string, FunctionDef>();
    for (const s of module.body) if (s.kind === 'FunctionDef') defs.set(s.name, s);
    cache = { defs, resolver: moduleResolver(module, functionalSource) };
  }
  return cache;
}

/** `torch.nn.functional.<name>` when it is a compiled Python function here. */
export function functionalFunction(name: string): FunctionSource | undefined {
  const { defs, resolver } = load();
  const def = defs.get(name);
  if (!def || name.startsWith('_') || builtinFunctionals.has(name)) return undefined;
  return { def, name, resolver, text: functionalSource, fileName: functionalFile };
}
