import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertConstant, constantValue } from './constants';
import { Graph } from './graph';
import type { Node } from './node';
import { parseIR } from './parser';
import { BoolType, FloatType, IntType, ListType, NoneType, TensorType } from './types';
import type { Value } from './value';
import { assertValidGraph } from './verifier';

const golden = (name: string): string => readFileSync(join(__dirname, `../../tests/golden/ir/graphs/${name}.graph`), 'utf8');

describe('debug names follow PyTorch (Note [Unique names]), checked with torch._C.Graph', () => {
  const names = (sets: string[]): string[] => {
    const g = new Graph();
    const vs = sets.map(() => g.addInput());
    sets.forEach((n, i) => vs[i]!.setDebugName(n));
    return vs.map((v) => v.debugName());
  };
  test('the newest value keeps the plain name', () => {
    expect(names(['x', 'x', 'x', 'x.5', 'x', 'y.1', 'y', 'y.1'])).toEqual(['x.1', 'x.3', 'x.6', 'x.5', 'x', 'y.2', 'y', 'y.1']);
  });
  test('suffixed names', () => {
    expect(names(['x.3', 'x.3', 'x', 'x', 'x.1'])).toEqual(['x.4', 'x.3', 'x.6', 'x', 'x.1']);
  });
  test('numbers are not names; unnamed values print their unique number', () => {
    const g = new Graph();
    const v = g.addInput();
    expect(() => v.setDebugName('12')).toThrow(/Invalid name/);
    expect(v.debugName()).toBe('0');
    v.setDebugName('1x');
    expect(v.debugName()).toBe('1x');
  });
  test('destroying a node frees its names', () => {
    const g = new Graph();
    const n = g.insert('aten::foo', [], 1);
    n.output().setDebugName('a');
    n.destroy();
    const m = g.insert('aten::foo', [], 1);
    m.output().setDebugName('a');
    expect(m.output().debugName()).toBe('a');
  });
});

// Rebuilds foo_loop_if's graph with the API. Unique numbers are set by hand:
// they come from the emitter's history, which this test does not replay.
function buildFooLoopIf(): Graph {
  const g = new Graph();
  const at = (line: number, col: number) => ({ start: { line, col, offset: 0 }, end: { line, col, offset: 0 } });
  const src = (n: Node, line: number, col: number): Node => n.setSourceRange('foo_loop_if.py', at(line, col));
  const num = (v: Value, u: number): Value => ((v.unique = u), v);
  const len = g.addInput('len.1', IntType);
  const c21 = num(insertConstant(g, { kind: 'int', value: 1 }), 21);
  const c13 = num(insertConstant(g, { kind: 'bool', value: true }), 13);
  src(c13.node, 9, 4);
  const none = num(insertConstant(g, { kind: 'none' }), 5);
  const c1 = num(insertConstant(g, { kind: 'int', value: 3 }), 1);
  src(c1.node, 8, 21);
  const c2 = num(insertConstant(g, { kind: 'int', value: 4 }), 2);
  src(c2.node, 8, 24);
  const c16 = num(insertConstant(g, { kind: 'int', value: 10 }), 16);
  src(c16.node, 10, 15);
  const c20 = num(insertConstant(g, { kind: 'float', value: 1 }), 20);
  src(c20.node, 11, 22);
  const list = num(g.insert('prim::ListConstruct', [c1, c2]).output().setType(new ListType(IntType)), 4);
  const zeros = src(g.insert('aten::zeros', [list, none, none, none, none]), 8, 9);
  zeros.output().setDebugName('rv.1');
  const loop = src(g.insert('prim::Loop', [len, c13, zeros.output()]), 9, 4);
  loop.output().setDebugName('rv');
  const body = loop.addBlock();
  const i = body.addInput('i.1', IntType);
  const rv = body.addInput('rv.29');
  g.setInsertPoint(body);
  const lt = src(g.insert('aten::lt', [i, c16]), 10, 11);
  num(lt.output().setType(BoolType), 17);
  const iff = src(g.insert('prim::If', [lt.output()]), 10, 8);
  iff.output().setDebugName('rv.27');
  body.registerOutput(c13);
  body.registerOutput(iff.output());
  [['aten::sub', 'rv.5', 11], ['aten::add', 'rv.11', 13]].forEach(([kind, name, line]) => {
    const b = iff.addBlock();
    g.withInsertPoint(b, () => {
      const n = src(g.insert(kind as string, [rv, c20, c21]), line as number, 17);
      n.output().setDebugName(name as string);
      b.registerOutput(n.output());
    });
  });
  g.registerOutput(loop.output());
  return g;
}

describe('building graphs with the API', () => {
  test('foo_loop_if prints exactly as PyTorch printed it', () => {
    const g = buildFooLoopIf();
    assertValidGraph(g);
    expect(g.toString()).toBe(golden('foo_loop_if'));
  });
  test('copy prints the same and is independent', () => {
    const g = buildFooLoopIf();
    const c = g.copy();
    assertValidGraph(c);
    expect(c.toString()).toBe(g.toString());
    c.eraseOutput(0);
    expect(g.outputs.length).toBe(1);
  });
  test('replaceAllUsesWith moves every use, nested blocks included', () => {
    const g = parseIR(golden('foo_loop_if'));
    const one = g.nodes.find((n) => n.output().debugName() === '20')!.output();
    const two = insertConstant(g, { kind: 'float', value: 2 });
    two.node.moveBefore(one.node);
    one.replaceAllUsesWith(two);
    expect(one.uses).toHaveLength(0);
    expect(two.uses).toHaveLength(2);
    one.node.destroy();
    assertValidGraph(g);
    expect(g.toString()).toContain(`aten::sub(%rv.29, %${two.debugName()}, %21)`);
    expect(g.toString()).not.toContain('value=1.]');
  });
  test('destroy refuses a node whose output is used', () => {
    const g = parseIR(golden('foo_loop_if'));
    expect(() => g.nodes[0]!.destroy()).toThrow(/has uses/);
  });
  test('inputs can be inserted and removed with use offsets kept right', () => {
    const g = new Graph();
    const [a, b] = [g.addInput('a'), g.addInput('b')];
    const n = g.insert('aten::foo', [a, b, a]);
    n.insertInput(0, b);
    expect(a.uses.map((u) => u.offset).sort()).toEqual([1, 3]);
    n.removeInput(1);
    expect(a.uses.map((u) => u.offset)).toEqual([2]);
    g.registerOutput(n.output());
    assertValidGraph(g);
    expect(g.toString()).toBe('graph(%a : Tensor,\n      %b : Tensor):\n  %2 : Tensor = aten::foo(%b, %b, %a)\n  return (%2)\n');
  });
  test('program order and constants read back', () => {
    const g = parseIR(golden('foo_loop_if'));
    const all = g.allNodes();
    expect(all[0]!.isBefore(all[all.length - 1]!)).toBe(true);
    expect(all[all.length - 1]!.isBefore(all[0]!)).toBe(false);
    expect(constantValue(all[6]!)).toEqual({ kind: 'float', value: 1 });
    expect(constantValue(all[1]!)).toEqual({ kind: 'bool', value: true });
    expect(all[2]!.output().type).toBe(NoneType);
    expect(all[6]!.output().type).toBe(FloatType);
    expect(g.outputs[0]!.type).toBe(TensorType.get());
  });
});
