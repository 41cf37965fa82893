import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../api/graph_model';
import type { GraphModel } from '../../api/graph_model';
import type { DrawnNode } from './drawing';
import { layout } from './layout.worker';

const model = (name: string): GraphModel => {
  const r = buildGraphModel(readFileSync(`tests/golden/api/graphs/${name}.graph`, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.model;
};
const find = (nodes: readonly DrawnNode[], kind: string): DrawnNode | undefined => {
  for (const n of nodes) {
    if (n.kind === kind) return n;
    for (const b of n.blocks ?? []) {
      const inner = find(b.children, kind);
      if (inner) return inner;
    }
  }
  return undefined;
};

describe('graph layout', () => {
  it('nests blocks inside their node and the If inside the Loop body', async () => {
    const drawn = await layout({ model: model('foo_loop_if'), collapsed: [] });
    const loop = drawn.nodes.find((n) => n.kind === 'prim::Loop')!;
    expect(loop.blocks).toHaveLength(1);
    const ifNode = find(loop.blocks![0]!.children, 'prim::If')!;
    expect(ifNode.blocks!.map((b) => b.name)).toEqual(['block0', 'block1']);
    const sub = find(ifNode.blocks![0]!.children, 'aten::sub')!;
    expect(sub.lines).toEqual(['(●, 1., 1)']);
    // Blocks lie within their node.
    for (const b of ifNode.blocks!) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(ifNode.w + 0.5);
      expect(b.y + b.h).toBeLessThanOrEqual(ifNode.h + 0.5);
    }
    expect(drawn.edges.length).toBeGreaterThan(5);
    expect(drawn.edges.every((e) => e.points.length >= 2)).toBe(true);
  });

  it('draws a collapsed compound node as one box whose inner uses point at it', async () => {
    const m = model('foo_loop_if');
    const loopId = m.nodes.find((n) => n.kind === 'prim::Loop')!.id;
    const drawn = await layout({ model: m, collapsed: [loopId] });
    const loop = drawn.nodes.find((n) => n.id === loopId)!;
    expect(loop.blocks).toBeUndefined();
    expect(loop.lines.at(-1)).toMatch(/1 block, 4 nodes/);
  });

  it('lays out a module graph with its calls folded', async () => {
    const drawn = await layout({ model: model('gate_cell_script'), collapsed: [] });
    expect(drawn.nodes.map((n) => n.title)).toEqual(['%x.1', '%h.1', 'linear.forward', 'dg.forward', 'aten::add', 'aten::tanh', 'prim::TupleConstruct', 'return']);
  });
});

describe('opened module calls (Note [Calls lay out alone])', () => {
  const lin = 'graph(%self : __torch__.Lin,\n      %x.1 : Tensor):\n  %w : Tensor = prim::GetAttr[name="weight"](%self)\n  %y : Tensor = aten::matmul(%x.1, %w)\n  %z : Tensor = aten::relu(%y)\n  return (%z)\n';
  const top =
    'graph(%self : __torch__.Top,\n      %x.1 : Tensor):\n  %a : __torch__.Lin = prim::GetAttr[name="a"](%self)\n  %b : __torch__.Lin = prim::GetAttr[name="b"](%self)\n' +
    '  %y : Tensor = prim::CallMethod[name="forward"](%a, %x.1)\n  %z : Tensor = prim::CallMethod[name="forward"](%b, %y)\n  return (%z)\n';
  const built = buildGraphModel(top, { '__torch__.Lin.forward': lin });
  if (!built.ok) throw new Error(built.error);
  const m = built.model;
  const [a, b] = m.nodes.filter((n) => n.callee);

  it('draws an opened call with its method graph inside its box, and its edges inside too', async () => {
    const drawn = await layout({ model: m, collapsed: [b!.id] });
    const call = drawn.nodes.find((n) => n.id === a!.id)!;
    expect(call.collapsed).toBe(false);
    expect(call.blocks).toHaveLength(1);
    const inside = call.blocks![0]!;
    expect(inside.name).toBe('Lin.forward');
    expect(find(inside.children, 'aten::matmul')!.id).toBe(`${a!.id}/${find(inside.children, 'aten::matmul')!.id.split('/').pop()}`);
    expect(inside.x + inside.w).toBeLessThanOrEqual(call.w + 0.5);
    expect(inside.y + inside.h).toBeLessThanOrEqual(call.h + 0.5);
    // The inside's edges are in the drawing's coordinates: within the call's box.
    const innerEdges = drawn.edges.filter((e) => e.source.startsWith(`${a!.id}/`));
    expect(innerEdges.length).toBeGreaterThan(0);
    for (const e of innerEdges) {
      for (const [x, y] of e.points) {
        expect(x).toBeGreaterThanOrEqual(call.x - 0.5);
        expect(x).toBeLessThanOrEqual(call.x + call.w + 0.5);
        expect(y).toBeGreaterThanOrEqual(call.y - 0.5);
        expect(y).toBeLessThanOrEqual(call.y + call.h + 0.5);
      }
    }
    expect(drawn.nodes.find((n) => n.id === b!.id)!.collapsed).toBe(true);
  });

  it('lays out a method once for every call of it', async () => {
    const drawn = await layout({ model: m, collapsed: [] });
    const [da, db] = [a!, b!].map((c) => drawn.nodes.find((n) => n.id === c.id)!.blocks![0]!);
    expect(da!.w).toBe(db!.w);
    expect(da!.children.map((c) => [c.x, c.y])).toEqual(db!.children.map((c) => [c.x, c.y]));
    expect(db!.children.every((c) => c.id.startsWith(`${b!.id}/`))).toBe(true);
  });
});
