/**
 * Methods of the TorchScript classes torch itself defines, which graphs scripted elsewhere
 * (by PyTorch, or before a callee table existed) call without carrying their code.
 * `torch.no_grad()` compiles to `prim::CreateObject` + `__init__`; its `__enter__`/`__exit__`
 * are prim::Enter/prim::Exit, which need no graph here (nodes.ts).
 */
import type { Graph } from '../../ir/graph';
import { parseIR } from '../../ir/parser';

export const noGradClassName = '__torch__.torch.autograd.grad_mode.no_grad';

const sources: Readonly<Record<string, string>> = {
  [`${noGradClassName}.__init__`]: `graph(%self : ${noGradClassName}):
  %1 : bool = prim::Constant[value=0]()
   = prim::SetAttr[name="prev"](%self, %1)
  %2 : NoneType = prim::Constant()
  return (%2)`,
};

const parsed = new Map<string, Graph>();

/** The graph of `cls.name` when torch defines it: shared by the interpreter, or `fresh` for a compiler to own. */
export function libraryMethodGraph(cls: string, name: string, fresh = false): Graph | undefined {
  const key = `${cls}.${name}`;
  const text = sources[key];
  if (text === undefined) return undefined;
  if (fresh) return parseIR(text);
  let g = parsed.get(key);
  if (!g) parsed.set(key, (g = parseIR(text)));
  return g;
}
