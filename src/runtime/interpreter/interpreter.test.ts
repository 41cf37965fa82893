import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIR } from '../../ir/parser';
import type { Graph } from '../../ir/graph';
import type { Encoded } from '../../api/values';
import { compareValues, decodeValue } from '../../api/values';
import { TorchError } from '../errors';
import { ScriptObject } from '../ivalue';
import { Tensor } from '../tensor';
import { StepBudgetExceeded, compileGraph, failingNode, runGraph } from '.';

interface OracleCase {
  name: string;
  graph: string;
  runs: { inputs: Encoded[]; output?: Encoded; raises?: string }[];
}

// Functions scripted by PyTorch 1.13 with their results (tests/golden/code/gen/oracle_cases.py).
const oracle = JSON.parse(readFileSync(join(__dirname, '../../../tests/golden/code/oracle_cases.json'), 'utf8')) as OracleCase[];

describe('interpreter on graphs scripted by PyTorch', () => {
  for (const c of oracle) {
    test(c.name, () => {
      const exe = compileGraph(parseIR(c.graph));
      for (const run of c.runs) {
        const inputs = run.inputs.map(decodeValue);
        if (run.raises !== undefined) {
          expect(() => exe.run(inputs)).toThrow(TorchError);
          continue;
        }
        expect(compareValues(exe.run(inputs)[0]!, run.output ?? null)).toBeNull();
      }
    });
  }
});

const loop = (trips: string): Graph =>
  parseIR(`graph(%n.1 : int):
  %t : bool = prim::Constant[value=1]()
  %one : int = prim::Constant[value=1]()
  %z : int = prim::Constant[value=0]()
  %max : int = prim::Constant[value=${trips}]()
  %s : int = prim::Loop(%max, %t, %z)
    block0(%i : int, %acc.1 : int):
      %acc.2 : int = aten::add(%acc.1, %one)
      -> (%t, %acc.2)
  return (%s)
`);

describe('interpreter', () => {
  test('a runaway loop stops at the step budget with a clear message', () => {
    const g = loop('9223372036854775807');
    expect(() => runGraph(g, [0n], { stepBudget: 1000 })).toThrow(StepBudgetExceeded);
    expect(() => runGraph(g, [0n], { stepBudget: 1000 })).toThrow(/stopped after 1000 steps/);
  });

  test('a million loop trips run in well under a few seconds', () => {
    const start = performance.now();
    expect(runGraph(loop('1000000'), [0n])).toBe(1000000n);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  test('prim::RaiseException raises the Python exception kind and records the node', () => {
    const g = parseIR(`graph(%x.1 : int):
  %cls : str = prim::Constant[value="builtins.ValueError"]()
  %msg : str = prim::Constant[value="negative value"]()
   = prim::RaiseException(%msg, %cls)
  return (%x.1)
`);
    try {
      runGraph(g, [1n]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TorchError);
      expect((e as TorchError).kind).toBe('ValueError');
      expect((e as TorchError).message).toBe('negative value');
      expect(failingNode(e)?.kind).toBe('prim::RaiseException');
    }
  });

  test('prim::Print writes TorchScript-formatted values to the sink', () => {
    const lines: string[] = [];
    const g = parseIR(`graph(%n.1 : int):
  %s : str = prim::Constant[value="value"]()
  %f : float = prim::Constant[value=1.]()
  %l : int[] = prim::ListConstruct(%n.1, %n.1)
   = prim::Print(%s, %f, %n.1, %l)
  return (%n.1)
`);
    runGraph(g, [2n], { print: (line) => lines.push(line) });
    expect(lines).toEqual(['value 1. 2 [2, 2]']);
  });

  test('prim::CallFunction and prim::CallMethod run callee graphs from the table; attributes read and write', () => {
    const addSquare = parseIR(`graph(%x.1 : Tensor,
      %y.1 : Tensor):
  %5 : int = prim::Constant[value=1]()
  %z.1 : Tensor = aten::mul(%x.1, %x.1)
  %7 : Tensor = aten::add(%z.1, %y.1, %5)
  return (%7)
`);
    const forward = parseIR(`graph(%self : __torch__.M,
      %x.1 : Tensor):
  %w : Tensor = prim::GetAttr[name="w"](%self)
  %f : Function = prim::Constant[name="add_square"]()
  %r : Tensor = prim::CallFunction(%f, %x.1, %w)
   = prim::SetAttr[name="last"](%self, %r)
  return (%r)
`);
    const top = parseIR(`graph(%self : __torch__.Top,
      %x.1 : Tensor):
  %m : __torch__.M = prim::GetAttr[name="m"](%self)
  %r : Tensor = prim::CallMethod[name="forward"](%m, %x.1)
  return (%r)
`);
    const m = new ScriptObject('M');
    m.attributes.set('w', Tensor.fromValues('float32', [2], [10, 20]));
    const self = new ScriptObject('Top');
    self.attributes.set('m', m);
    const out = runGraph(top, [self, Tensor.fromValues('float32', [2], [2, 3])], {
      callees: {
        functionGraph: (name) => (name === 'add_square' ? addSquare : undefined),
        methodGraph: (cls, name) => (cls === '__torch__.M' && name === 'forward' ? forward : undefined),
      },
    });
    expect(Array.from((out as Tensor).values())).toEqual([14, 29]);
    expect(m.attributes.get('last')).toBe(out);
  });
});
