/**
 * Note [Calls lay out alone]: an opened module call holds its method's graph, and no edge crosses
 * its border (the method sees only its own inputs; the call's outputs are the call's). So its
 * inside is laid out as a graph of its own and the call is a box of that size in the graph around
 * it. Opening a call lays out only that method's graph (and the small graph around it, whose
 * boxes are its calls); the inside is cached by content, without the call's id prefix (Note [Call
 * blocks]), so every call of the same method (ResNet's BasicBlocks) reuses one layout.
 */
import { renameIds } from '../../api/graph_ids';
import type { BlockModel, GraphModel, NodeModel } from '../../api/graph_model';
import type { DrawnEdge, DrawnGraph, DrawnNode } from './drawing';

/** The layout of a whole model; recursive through this module for opened calls. */
export type LayoutModel = (model: GraphModel, collapsed: ReadonlySet<string>) => Promise<DrawnGraph>;

/** An opened call's inside, laid out; its size is what the graph around it reserves. */
export interface CallInside {
  readonly node: NodeModel;
  readonly block: BlockModel;
  readonly drawn: DrawnGraph;
}

/** Height of the strip naming the method above the call's inside. */
export const CALL_HEADER_H = 20;

const CACHE_SIZE = 64;
const cache = new Map<string, DrawnGraph>();

/** The opened calls of `nodes`, not looking inside calls (their own layout does that). */
export function openedCalls(nodes: readonly NodeModel[], collapsed: ReadonlySet<string>): NodeModel[] {
  const out: NodeModel[] = [];
  for (const n of nodes) {
    if (n.blocks.length === 0 || collapsed.has(n.id)) continue;
    if (n.callee) out.push(n);
    else for (const b of n.blocks) out.push(...openedCalls(b.nodes, collapsed));
  }
  return out;
}

/** Lays out the inside of each opened call (from the cache when the same method was laid out). */
export async function layOutCalls(calls: readonly NodeModel[], collapsed: ReadonlySet<string>, layoutModel: LayoutModel): Promise<Map<string, CallInside>> {
  const out = new Map<string, CallInside>();
  for (const node of calls) {
    const block = node.blocks[0]!;
    const prefix = `${node.id}/`;
    const model = unprefixed(block, prefix);
    const inside = new Set([...collapsed].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length)));
    const key = `${JSON.stringify(model)}|${[...inside].sort().join(',')}`;
    let drawn = cache.get(key);
    if (drawn) cache.delete(key);
    else drawn = await layoutModel(model, inside);
    cache.set(key, drawn);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    out.set(node.id, { node, block, drawn: reprefixed(drawn, prefix) });
  }
  return out;
}

/** Puts each call's inside into its box, and its edges into the drawing's (absolute) coordinates. */
export function spliceCalls(outer: DrawnGraph, calls: ReadonlyMap<string, CallInside>, topOf: (id: string) => number): DrawnGraph {
  if (calls.size === 0) return outer;
  const edges: DrawnEdge[] = [...outer.edges];
  const place = (n: DrawnNode, ox: number, oy: number): DrawnNode => {
    const x = ox + n.x;
    const y = oy + n.y;
    const call = calls.get(n.id);
    if (call) {
      const top = topOf(n.id);
      const bx = x + 10;
      const by = y + top;
      for (const e of call.drawn.edges) edges.push(moved(e, bx, by + CALL_HEADER_H));
      const children = call.drawn.nodes.map((c) => ({ ...c, y: c.y + CALL_HEADER_H }));
      const block = { id: call.block.id, name: call.block.name, header: call.block.name, x: 10, y: top, w: call.drawn.width, h: call.drawn.height + CALL_HEADER_H, children };
      return { ...n, compound: true, collapsed: false, blocks: [block] };
    }
    if (!n.blocks) return n;
    return { ...n, blocks: n.blocks.map((b) => ({ ...b, children: b.children.map((c) => place(c, x + b.x, y + b.y)) })) };
  };
  return { ...outer, nodes: outer.nodes.map((n) => place(n, 0, 0)), edges };
}

function moved(e: DrawnEdge, dx: number, dy: number): DrawnEdge {
  return {
    ...e,
    points: e.points.map(([x, y]) => [x + dx, y + dy] as const),
    ...(e.label ? { label: { ...e.label, x: e.label.x + dx, y: e.label.y + dy } } : {}),
  };
}

/** The call's block as a graph of its own, with the call's id prefix taken off every id. */
function unprefixed(block: BlockModel, prefix: string): GraphModel {
  let nodeCount = 0;
  const strip = (id: string): string => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
  const parts = renameIds(block, strip, (n) => (nodeCount++, n));
  return { ...parts, nodeCount };
}

/** A cached inside, with the ids of this call. */
function reprefixed(drawn: DrawnGraph, prefix: string): DrawnGraph {
  const id = (s: string): string => prefix + s;
  const node = (n: DrawnNode): DrawnNode => ({
    ...n,
    id: id(n.id),
    ...(n.blocks ? { blocks: n.blocks.map((b) => ({ ...b, id: id(b.id), children: b.children.map(node) })) } : {}),
  });
  const edge = (e: DrawnEdge): DrawnEdge => ({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) });
  return { ...drawn, nodes: drawn.nodes.map(node), edges: drawn.edges.map(edge) };
}
