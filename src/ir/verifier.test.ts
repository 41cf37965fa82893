import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Graph } from './graph';
import { parseIR } from './parser';
import { BoolType, IntType } from './types';
import { verifyGraph } from './verifier';

const dir = join(__dirname, '../../tests/golden/ir/graphs');
const messages = (text: string): string[] => verifyGraph(parseIR(text)).map((p) => p.message.split('\n')[0]!);

describe('every conformance graph verifies', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graph'))) {
    test(file, () => expect(verifyGraph(parseIR(readFileSync(join(dir, file), 'utf8')))).toEqual([]));
  }
});

describe('broken graphs are caught', () => {
  test('a value used outside the block that defines it', () => {
    expect(
      messages(`graph(%c : bool):
  %x : int = prim::If(%c)
    block0():
      %a : int = prim::Constant[value=1]()
      -> (%a)
    block1():
      -> (%a)
  %y : int = aten::add(%a, %x)
  return (%y)
`),
    ).toEqual([
      'block output %a is not visible at the end of the block',
      'input %a is used before its definition or outside its scope',
    ]);
  });
  test('a use before the definition (built with the API, the parser refuses it)', () => {
    const g = new Graph();
    const first = g.insert('aten::neg', [], 1);
    const second = g.insert('aten::neg', [g.addInput('x')], 1);
    first.addInput(second.output());
    g.registerOutput(first.output());
    expect(verifyGraph(g).map((p) => p.message.split('\n')[0])).toEqual(['input %2 is used before its definition or outside its scope']);
  });
  test('prim::If with blocks that return the wrong number of values or types', () => {
    expect(
      messages(`graph(%c : bool, %t : Tensor):
  %x : int = prim::If(%c)
    block0():
      -> (%t)
    block1():
      -> ()
  return (%x)
`),
    ).toEqual(['block0 output 0 (%t) has type Tensor, expected int', 'prim::If block1 returns 0 values for 1 outputs']);
  });
  test('prim::If needs a bool condition', () => {
    expect(messages('graph(%c : int):\n   = prim::If(%c)\n    block0():\n      -> ()\n    block1():\n      -> ()\n  return ()\n')).toEqual([
      'prim::If condition has type int, expected bool',
    ]);
  });
  test('prim::Loop arity: counter + carried in, condition + carried out', () => {
    expect(
      messages(`graph(%n : int, %x : int):
  %t : bool = prim::Constant[value=1]()
  %r : int = prim::Loop(%n, %t, %x)
    block0(%i : int):
      -> (%t, %i, %i)
  return (%r)
`),
    ).toEqual(['prim::Loop body takes 1 inputs, expected 2', 'prim::Loop body returns 3 values, expected 2']);
  });
  test('prim::Loop carried types must agree', () => {
    const g = new Graph();
    const n = g.addInput('n', IntType);
    const t = g.insert('prim::Constant', [], 1).i_('value', 1);
    t.output().setType(BoolType);
    const loop = g.insert('prim::Loop', [n, t.output(), n], 1);
    loop.output().setType(BoolType);
    const body = loop.addBlock();
    body.addInput('i', IntType);
    const carried = body.addInput('c', IntType);
    body.registerOutput(t.output());
    body.registerOutput(carried);
    g.registerOutput(loop.output());
    expect(verifyGraph(g).map((p) => p.message.split('\n')[0])).toEqual([
      'carried input 0 has type int, expected bool',
      'body output 1 (%c) has type int, expected bool',
      'body input 1 (%c) has type bool, expected int',
    ]);
  });
  test('a stale use list', () => {
    const g = parseIR('graph(%x : Tensor):\n  %y : Tensor = aten::neg(%x)\n  return (%y)\n');
    g.inputs[0]!.uses.length = 0;
    expect(verifyGraph(g).map((p) => p.message.split('\n')[0])).toEqual(['use of %x is missing from its use list']);
  });
});
