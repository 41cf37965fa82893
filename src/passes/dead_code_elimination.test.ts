import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIR } from '../ir/parser';
import { parseSchema } from '../ir/schema';
import { assertValidGraph } from '../ir/verifier';
import { expectGolden } from '../testing/golden';
import { FileCheck, fileCheck } from '../testing/filecheck';
import { eliminateDeadCode, hasSideEffects } from './dead_code_elimination';

const goldens = join(__dirname, '../../tests/golden/ir');

// IR text in, IR text out; the verifier runs after the pass.
function dce(text: string): string {
  const g = parseIR(text);
  eliminateDeadCode(g);
  assertValidGraph(g);
  return g.toString();
}

describe('eliminateDeadCode: golden cases', () => {
  const dir = join(goldens, 'dce');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graph') && !f.endsWith('.out.graph'))) {
    test(file, () => {
      const out = dce(readFileSync(join(dir, file), 'utf8'));
      expectGolden(join(dir, file.replace(/\.graph$/, '.out.graph')), out);
      expect(dce(out)).toBe(out);
    });
  }
});

describe('eliminateDeadCode', () => {
  const read = (f: string): string => readFileSync(join(goldens, 'dce', f), 'utf8');

  test('removes unused pure nodes and constants', () => {
    fileCheck(
      `CHECK: prim::Constant[value=1]
       CHECK-NOT: prim::Constant[value=2]
       CHECK-NOT: aten::mul
       CHECK-NOT: aten::neg
       CHECK: aten::add
       CHECK-NEXT: return (%5)`,
      dce(read('unused_arith.graph')),
    );
  });
  test('keeps prints, raises, mutations and what they read', () => {
    new FileCheck()
      .check('prim::ListConstruct')
      .check('prim::If')
      .check('prim::Print')
      .check('prim::RaiseException')
      .check('aten::append')
      .check('prim::Uninitialized')
      .check('aten::add_')
      .checkNot('aten::len')
      .checkNot('aten::mul')
      .check('return')
      .run(dce(read('side_effects.graph')));
  });
  test('drops unused prim::If outputs and whole dead ifs', () => {
    const out = dce(read('dead_if_outputs.graph'));
    new FileCheck().checkCount('prim::If', 1, true).checkNot('aten::mul').run(out);
    new FileCheck()
      .check('%a : int = prim::If')
      .check('aten::add')
      .checkNext('-> (%3)')
      .check('-> (%x.1)')
      .checkNot('aten::neg')
      .run(out);
  });
  test('drops unused loop-carried values, keeps ones the body still reads', () => {
    new FileCheck()
      .check('%a : int, %c : int = prim::Loop(%n.1, %1, %2, %2)')
      .checkNext('block0(%i.1 : int, %a.3 : int, %c.3 : int)')
      .checkNot('%b.5')
      .check('prim::Print(%c.3)')
      .check('-> (%1, %a.5, %c.5)')
      .checkCount('prim::Loop', 0)
      .checkNot('prim::Loop')
      .run(dce(read('loop_carried.graph')));
  });
  test('uses the schema when one is attached', () => {
    const g = parseIR('graph(%x : Tensor):\n  %y : Tensor = aten::relu_(%x)\n  %z : Tensor = aten::foo(%x)\n  return (%x)\n');
    const [relu, foo] = g.nodes as [(typeof g.nodes)[0], (typeof g.nodes)[0]];
    expect(hasSideEffects(relu)).toBe(true);
    foo.schema = parseSchema('aten::foo(Tensor(a!) self) -> Tensor(a!)');
    eliminateDeadCode(g);
    expect(g.nodes.map((n) => n.kind)).toEqual(['aten::relu_', 'aten::foo']);
    eliminateDeadCode(g, { hasSideEffects: () => false });
    expect(g.nodes).toEqual([]);
  });
  test('PyTorch output is already dead-code free: the pass leaves every conformance graph unchanged', () => {
    const dir = join(goldens, 'graphs');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(dce(text), file).toBe(text);
    }
  });
});
