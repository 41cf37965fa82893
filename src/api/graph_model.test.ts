import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../testing/golden';
import { buildGraphModel, nodeLines, printedName, shortType } from './graph_model';
import type { GraphModel, NodeModel } from './graph_model';

const dir = 'tests/golden/api/graphs';
const load = (name: string): GraphModel => {
  const result = buildGraphModel(readFileSync(`${dir}/${name}.graph`, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result.model;
};
const find = (nodes: readonly NodeModel[], kind: string): NodeModel | undefined => {
  for (const n of nodes) {
    if (n.kind === kind) return n;
    for (const b of n.blocks) {
      const inner = find(b.nodes, kind);
      if (inner) return inner;
    }
  }
  return undefined;
};

describe('buildGraphModel', () => {
  it.each(['foo_loop_if', 'gate_cell_script', 'mycell_trace', 'while_break_continue'])('%s matches its golden model', (name) => {
    expectGolden(`${dir}/${name}.model.json`, JSON.stringify(load(name), null, 1) + '\n');
  });

  it('nests the If inside the Loop body and folds constants into their users', () => {
    const model = load('foo_loop_if');
    expect(model.nodes.map((n) => n.kind)).toEqual(['prim::ListConstruct', 'aten::zeros', 'prim::Loop']);
    const loop = find(model.nodes, 'prim::Loop')!;
    expect(loop.blocks[0]!.inputs.map((v) => v.id)).toEqual(['i.1', 'rv.29']);
    const sub = find(loop.blocks[0]!.nodes, 'aten::sub')!;
    expect(sub.inputs).toEqual([
      { kind: 'value', value: 'rv.29' },
      { kind: 'constant', text: '1.' },
      { kind: 'constant', text: '1' },
    ]);
    expect(sub.source).toEqual({ file: 'foo_loop_if.py', line: 11, col: 17 });
    expect(sub.irLine).toBe(16);
    expect(loop.inputs[1]).toEqual({ kind: 'constant', text: 'True' });
  });

  it('folds a submodule read into the call that uses it', () => {
    const model = load('gate_cell_script');
    expect(model.inputs.map((v) => v.id)).toEqual(['x.1', 'h.1']);
    expect(model.nodes.filter((n) => n.kind === 'prim::CallMethod').map((n) => n.title)).toEqual(['linear.forward', 'dg.forward']);
  });

  it('reports malformed text instead of throwing', () => {
    const result = buildGraphModel('graph(%x : Tensor):\n  %y = nonsense\n');
    expect(result.ok).toBe(false);
  });

  it('shortens types for labels', () => {
    expect(shortType('Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)')).toBe('Float(3, 4)');
    expect(shortType('__torch__.torch.nn.modules.linear.___torch_mangle_0.Linear')).toBe('Linear');
  });

  it('gives up on line numbers when the text has a line it cannot match', () => {
    expect(nodeLines('graph():\n  %1 : int = prim::Constant[value=1]()\n  return (%1)\n', 1)).toEqual([2]);
    expect(nodeLines('graph():\n  return ()\n', 1)).toBeUndefined();
  });
});

describe('module calls with their method graphs', () => {
  const linear = 'graph(%self : __torch__.Lin,\n      %x.1 : Tensor):\n  %w : Tensor = prim::GetAttr[name="weight"](%self)\n  %y : Tensor = aten::matmul(%x.1, %w)\n  return (%y)\n';
  const cell =
    'graph(%self : __torch__.Cell,\n      %x.1 : Tensor):\n  %lin : __torch__.Lin = prim::GetAttr[name="lin"](%self)\n  %y : Tensor = prim::CallMethod[name="forward"](%lin, %x.1)\n  return (%y)\n';
  const top =
    'graph(%self : __torch__.Top,\n      %x.1 : Tensor):\n  %cell : __torch__.Cell = prim::GetAttr[name="cell"](%self)\n  %y : Tensor = prim::CallMethod[name="forward"](%cell, %x.1)\n  return (%y)\n';
  const methods = { '__torch__.Lin.forward': linear, '__torch__.Cell.forward': cell };

  it('nests the callee graph, by the receiver type, with prefixed ids, calls within calls too', () => {
    const r = buildGraphModel(top, methods);
    if (!r.ok) throw new Error(r.error);
    const call = r.model.nodes[0]!;
    expect(call.title).toBe('cell.forward');
    expect(call.callee).toBe('Cell.forward');
    expect(call.blocks).toHaveLength(1);
    const inner = call.blocks[0]!.nodes[0]!;
    expect(inner.id).toBe(`${call.id}/${inner.id.split('/').pop()}`);
    expect(inner.callee).toBe('Lin.forward');
    expect(inner.irLine).toBeUndefined();
    const mm = inner.blocks[0]!.nodes.find((n) => n.kind === 'aten::matmul')!;
    expect(mm.outputs[0]!.id).toBe(`${inner.id}/y`);
    expect(printedName(mm.outputs[0]!.id)).toBe('y');
    expect(inner.blocks[0]!.inputs.map((v) => printedName(v.id))).toEqual(['self', 'x.1']);
  });

  it('leaves a call whose method is unknown a plain box', () => {
    const r = buildGraphModel(top, {});
    if (!r.ok) throw new Error(r.error);
    expect(r.model.nodes[0]!.blocks).toHaveLength(0);
    expect(r.model.nodes[0]!.callee).toBeUndefined();
  });
});
