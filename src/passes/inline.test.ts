import { describe, expect, test } from 'vitest';
import { parseIR } from '../ir/parser';
import { assertValidGraph } from '../ir/verifier';
import type { Graph } from '../ir/graph';
import { fileCheck } from '../testing/filecheck';
import type { CalleeTable } from './inline';
import { inlineCalls } from './inline';

function table(functions: Record<string, string>, methods: Record<string, string> = {}): CalleeTable {
  const parsed = new Map<string, Graph>();
  const get = (key: string, text: string | undefined): Graph | undefined => {
    if (text === undefined) return undefined;
    if (!parsed.has(key)) parsed.set(key, parseIR(text));
    return parsed.get(key);
  };
  return {
    functionGraph: (name) => get(`f:${name}`, functions[name]),
    methodGraph: (cls, name) => get(`m:${cls}.${name}`, methods[`${cls}.${name}`]),
  };
}

const addSquare = `graph(%x.1 : Tensor,
      %y.1 : Tensor):
  %5 : int = prim::Constant[value=1]()
  %z.1 : Tensor = aten::mul(%x.1, %x.1)
  %7 : Tensor = aten::add(%z.1, %y.1, %5)
  return (%7)
`;

function inlined(text: string, callees: CalleeTable): string {
  const g = parseIR(text);
  inlineCalls(g, callees);
  assertValidGraph(g);
  return g.toString();
}

describe('inlineCalls', () => {
  test('prim::CallFunction takes the callee body; names are uniqued as in PyTorch', () => {
    const out = inlined(
      `graph(%x.1 : Tensor):
  %1 : Function = prim::Constant[name="add_square"]()
  %2 : int = prim::Constant[value=1]()
  %z.1 : Tensor = aten::add(%x.1, %2, %2)
  %4 : Tensor = prim::CallFunction(%1, %x.1, %z.1)
  return (%4)
`,
      table({ add_square: addSquare }),
    );
    fileCheck(
      `CHECK: prim::Constant[name="add_square"]
CHECK: %z.2 : Tensor = aten::add(%x.1
CHECK: %z.1 : Tensor = aten::mul(%x.1, %x.1)
CHECK: aten::add(%z.1, %z.2
CHECK-NOT: prim::CallFunction
CHECK: return`,
      out,
    );
  });

  test('prim::CallMethod through a class type, nested calls and blocks; the call output keeps its name', () => {
    const methods = {
      '__torch__.M.forward': `graph(%self : __torch__.M,
      %x.1 : Tensor):
  %1 : Function = prim::Constant[name="add_square"]()
  %r : Tensor = prim::CallFunction(%1, %x.1, %x.1)
  return (%r)
`,
    };
    const out = inlined(
      `graph(%self : __torch__.Top,
      %x.1 : Tensor,
      %c.1 : bool):
  %m : __torch__.M = prim::GetAttr[name="m"](%self)
  %y : Tensor = prim::If(%c.1)
    block0():
      %out.1 : Tensor = prim::CallMethod[name="forward"](%m, %x.1)
      -> (%out.1)
    block1():
      -> (%x.1)
  return (%y)
`,
      table({ add_square: addSquare }, methods),
    );
    fileCheck(
      `CHECK: prim::If
CHECK: aten::mul(%x.1, %x.1)
CHECK: %out.1 : Tensor = aten::add
CHECK-NEXT: -> (%out.1)
CHECK-NOT: prim::Call`,
      out,
    );
  });

  test('unknown callees stay calls', () => {
    const text = `graph(%x.1 : Tensor):
  %1 : Function = prim::Constant[name="mystery"]()
  %2 : Tensor = prim::CallFunction(%1, %x.1)
  return (%2)
`;
    expect(inlined(text, table({}))).toBe(text);
  });
});
