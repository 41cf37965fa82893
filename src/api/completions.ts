/**
 * Names the editor completes after `torch.`, `nn.`, `F.` and a tensor's `.`: the aten
 * operators that have kernels (from the one operator registry) and the classes and
 * functions of the torch.nn library (src/nn). Built in the compiler worker, where the
 * registry already lives, and sent once to the editor as plain data.
 */
import { NN_LIBRARY } from '../nn';
import { allOps } from '../ops';
import type { CompletionItem, CompletionLists } from './completion_lists';

export type { CompletionItem, CompletionLists } from './completion_lists';

const isPublic = (name: string): boolean => /^[a-z]\w*$/.test(name) && !name.startsWith('_');

/** One item per name, the first overload's schema as its detail (the others are counted). */
function byName(entries: readonly { name: string; detail: string }[]): CompletionItem[] {
  const seen = new Map<string, { detail: string; more: number }>();
  for (const e of entries) {
    const known = seen.get(e.name);
    if (known) known.more++;
    else seen.set(e.name, { detail: e.detail, more: 0 });
  }
  return [...seen.entries()]
    .map(([label, { detail, more }]) => ({ label, detail: more > 0 ? `${detail}  (+${more} overload${more > 1 ? 's' : ''})` : detail }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

// Python definitions at the start of a line: `class Linear(Module):`, `def relu(input, ...) -> Tensor:`.
const CLASS_DEF = /^class (\w+)\(/gm;
const TOP_DEF = /^def (\w+)\((.*)$/gm;

function nnClasses(): CompletionItem[] {
  const items: { name: string; detail: string }[] = [];
  for (const file of NN_LIBRARY) {
    if (!file.moduleName.startsWith('torch.nn.modules.')) continue;
    for (const m of file.source.matchAll(CLASS_DEF)) {
      const name = m[1]!;
      if (name.startsWith('_')) continue;
      const init = new RegExp(`^class ${name}\\([^]*?def __init__\\(self,?\\s*([^\\n]*)`, 'm').exec(file.source.slice(m.index));
      const params = init ? init[1]!.replace(/\)\s*(->\s*None\s*)?:\s*$/, '') : '';
      items.push({ name, detail: `nn.${name}(${params})` });
    }
  }
  return byName(items);
}

function functionalDefs(): CompletionItem[] {
  const file = NN_LIBRARY.find((f) => f.moduleName === 'torch.nn.functional');
  if (!file) return [];
  const items: { name: string; detail: string }[] = [];
  for (const m of file.source.matchAll(TOP_DEF)) {
    if (isPublic(m[1]!)) items.push({ name: m[1]!, detail: `def ${m[1]}(${m[2]!.replace(/:\s*$/, '')}` });
  }
  return byName(items);
}

let cached: CompletionLists | undefined;

export function completionLists(): CompletionLists {
  if (cached) return cached;
  const torch: { name: string; detail: string }[] = [];
  const tensor: { name: string; detail: string }[] = [];
  for (const op of allOps()) {
    if (op.status !== 'implemented' || !op.name.startsWith('aten::')) continue;
    const name = op.name.slice('aten::'.length);
    if (!isPublic(name)) continue;
    const entry = { name, detail: op.schema };
    torch.push(entry);
    if (/^[\w:.]+\(Tensor(\([a-z!]+\))? self\b/.test(op.schema)) tensor.push(entry);
  }
  cached = { torch: byName(torch), tensor: byName(tensor), nn: nnClasses(), functional: functionalDefs() };
  return cached;
}
