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
