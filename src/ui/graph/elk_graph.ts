/**
 * From the graph model to an ELK graph and back to a drawing. Compound nodes
 * (`prim::If`, `prim::Loop`) hold one ELK child per block, and each block holds its
 * nodes between a param box (the block's inputs) and a return box (`-> (...)`).
 * Runs in the layout worker: no DOM here, so text sizes are estimated from a
 * monospace font's advance.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs';
import { printedName } from '../../api/graph_ids';
import type { BlockModel, GraphModel, InputModel, NodeModel, ValueModel } from '../../api/graph_model';
import { CALL_HEADER_H } from './call_layout';
import type { DrawnBlock, DrawnEdge, DrawnGraph, DrawnNode } from './drawing';

export const CHAR_W = 6.7;
export const LINE_H = 15;
const PAD_X = 10;
const TITLE_H = 22;
const BLOCK_HEADER_H = 20;
const MAX_LABEL = 28;

interface Meta {
  readonly drawn: Omit<DrawnNode, 'x' | 'y' | 'w' | 'h' | 'blocks'>;
  readonly blocks?: readonly BlockMeta[];
}
interface BlockMeta {
  readonly id: string;
  readonly name: string;
  readonly header: string;
}

/** The size an opened call's inside needs (Note [Calls lay out alone]). */
export interface FixedInside {
  readonly width: number;
  readonly height: number;
}

/**
 * The ELK input for `model`, with `collapsed` compound nodes drawn as plain boxes, and opened
 * calls in `fixed` as boxes with room for their inside, which is laid out on its own.
 */
export class ElkBuilder {
  readonly meta = new Map<string, Meta>();
  /** Per opened call in `fixed`: where its inside starts below the call's title. */
  readonly callTops = new Map<string, number>();
  private readonly producer = new Map<string, string>();
  private readonly parentOf = new Map<string, string>();
  private readonly valueType = new Map<string, string>();
  private readonly edges: { source: string; target: string; label: string }[] = [];

  constructor(
    private readonly model: GraphModel,
    private readonly collapsed: ReadonlySet<string>,
    private readonly fixed: ReadonlyMap<string, FixedInside> = new Map(),
  ) {}

  build(): ElkNode {
    const root: ElkNode = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
        'elk.json.edgeCoords': 'ROOT',
        'elk.json.shapeCoords': 'PARENT',
        'elk.edgeRouting': 'SPLINES',
        'elk.layered.spacing.nodeNodeBetweenLayers': '34',
        'elk.spacing.nodeNode': '22',
        'elk.spacing.edgeLabel': '2',
        'elk.edgeLabels.inline': 'true',
        'elk.padding': '[top=16,left=16,bottom=16,right=16]',
        ...sizeOptions(this.model.nodeCount),
      },
      children: [],
    };
    const children = root.children!;
    for (const v of this.model.inputs) children.push(this.valueBox(`in:${v.id}`, 'input', `%${printedName(v.id)}`, v.label, [v], 'root'));
    for (const n of this.model.nodes) children.push(this.node(n, 'root', false));
    children.push(this.sink('out:return', 'output', 'return', this.model.outputs, 'root'));
    root.edges = this.resolveEdges();
    return root;
  }

  private define(values: readonly ValueModel[], element: string): void {
    for (const v of values) {
      this.producer.set(v.id, element);
      this.valueType.set(v.id, v.label);
    }
  }

  private valueBox(id: string, role: 'input' | 'param', title: string, subtitle: string, values: readonly ValueModel[], parent: string): ElkNode {
    this.parentOf.set(id, parent);
    this.define(values, id);
    this.meta.set(id, { drawn: { id, role, title, lines: subtitle ? [subtitle] : [] } });
    return this.box(id, title, subtitle ? [subtitle] : []);
  }

  private sink(id: string, role: 'output' | 'return', title: string, inputs: readonly InputModel[], parent: string): ElkNode {
    this.parentOf.set(id, parent);
    this.use(inputs, id);
    const args = argsLine(inputs);
    const lines = args === '()' ? [] : [args];
    this.meta.set(id, { drawn: { id, role, title, lines } });
    return this.box(id, title, lines);
  }

  private use(inputs: readonly InputModel[], target: string): void {
    for (const i of inputs) if (i.kind === 'value') this.edges.push({ source: i.value, target, label: '' });
  }

  private box(id: string, title: string, lines: readonly string[]): ElkNode {
    const chars = Math.max(title.length, ...lines.map((l) => l.length));
    return { id, width: Math.ceil(chars * CHAR_W + 2 * PAD_X), height: TITLE_H + lines.length * LINE_H + (lines.length ? 4 : 0) };
  }

  private node(n: NodeModel, parent: string, hiddenInside: boolean): ElkNode {
    this.parentOf.set(n.id, parent);
    const lines = nodeLines(n);
    const compound = n.blocks.length > 0;
    const isCollapsed = compound && (hiddenInside || this.collapsed.has(n.id));
    const drawn = {
      id: n.id,
      role: 'op' as const,
      kind: n.kind,
      title: n.title,
      lines: isCollapsed ? [...lines, collapsedLine(n)] : lines,
      compound,
      ...(n.callee ? { call: true } : {}),
      collapsed: isCollapsed,
      outputs: n.outputs.map((o) => `%${printedName(o.id)} : ${o.label}`),
      ...(n.source ? { sourceLine: n.source.line } : {}),
      ...(n.irLine === undefined ? {} : { irLine: n.irLine }),
    };
    this.use(n.inputs, n.id);
    this.define(n.outputs, n.id);
    const titleWidth = Math.max(n.title.length, ...lines.map((l) => l.length)) * CHAR_W + 2 * PAD_X;
    const top = TITLE_H + lines.length * LINE_H + 8;
    const inside = isCollapsed ? undefined : this.fixed.get(n.id);
    if (inside) {
      for (const b of n.blocks) this.hideBlock(b, n.id);
      this.meta.set(n.id, { drawn });
      this.callTops.set(n.id, top);
      return { id: n.id, width: Math.ceil(Math.max(titleWidth, inside.width + 20)), height: Math.ceil(top + inside.height + CALL_HEADER_H + 10) };
    }
    if (!compound || isCollapsed) {
      // Inner nodes of a collapsed node still define values; their uses outside point at it.
      for (const b of n.blocks) this.hideBlock(b, n.id);
      this.meta.set(n.id, { drawn });
      return this.box(n.id, drawn.title, drawn.lines);
    }
    const blocks = n.blocks.map((b) => this.block(b, n.id));
    this.meta.set(n.id, { drawn, blocks: n.blocks.map((b) => ({ id: b.id, name: b.name, header: blockHeader(b) })) });
    return {
      id: n.id,
      layoutOptions: {
        'elk.padding': `[top=${top},left=10,bottom=10,right=10]`,
        'elk.nodeSize.minimum': `(${Math.ceil(titleWidth)}, 40)`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      },
      children: blocks,
    };
  }

  private block(b: BlockModel, owner: string): ElkNode {
    this.parentOf.set(b.id, owner);
    const children: ElkNode[] = [];
    if (b.inputs.length > 0) {
      children.push(this.valueBox(`${b.id}:param`, 'param', b.inputs.map((v) => `%${printedName(v.id)}`).join(', '), '', b.inputs, b.id));
    }
    for (const n of b.nodes) children.push(this.node(n, b.id, false));
    children.push(this.sink(`${b.id}:return`, 'return', '->', b.outputs, b.id));
    const header = blockHeader(b);
    return {
      id: b.id,
      layoutOptions: {
        'elk.padding': `[top=${BLOCK_HEADER_H + 6},left=10,bottom=10,right=10]`,
        'elk.nodeSize.minimum': `(${Math.ceil(header.length * CHAR_W + 20)}, 40)`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      },
      children,
    };
  }

  // Everything inside a collapsed node is drawn by the node itself.
  private hideBlock(b: BlockModel, visible: string): void {
    for (const v of b.inputs) this.producer.set(v.id, visible);
    for (const n of b.nodes) {
      this.define(n.outputs, visible);
      for (const inner of n.blocks) this.hideBlock(inner, visible);
      this.use(n.inputs, visible);
    }
    this.use(b.outputs, visible);
  }

  private resolveEdges(): ElkExtendedEdge[] {
    const seen = new Set<string>();
    const byContainer = new Map<string, ElkExtendedEdge[]>();
    for (const e of this.edges) {
      const source = this.producer.get(e.source);
      if (!source || source === e.target) continue;
      const key = `${source}>${e.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = truncate(this.valueType.get(e.source) ?? '');
      const edge: ElkExtendedEdge = {
        id: `e${seen.size}`,
        sources: [source],
        targets: [e.target],
        labels: text ? [{ text, width: text.length * 5.8 + 4, height: 12 }] : [],
      };
      const container = this.commonAncestor(source, e.target);
      const list = byContainer.get(container) ?? [];
      list.push(edge);
      byContainer.set(container, list);
    }
    this.containerEdges = byContainer;
    return byContainer.get('root') ?? [];
  }

  /** Edges whose lowest common ancestor is a block, keyed by block id; ELK wants them there. */
  containerEdges = new Map<string, ElkExtendedEdge[]>();

  private ancestors(id: string): string[] {
    const out: string[] = [];
    for (let p = this.parentOf.get(id); p !== undefined; p = this.parentOf.get(p)) out.push(p);
    return out;
  }

  private commonAncestor(a: string, b: string): string {
    const mine = this.ancestors(a);
    for (const p of this.ancestors(b)) if (mine.includes(p)) return p;
    return 'root';
  }
}

/** Builds the ELK graph with every edge placed in its lowest common ancestor. */
export function toElk(model: GraphModel, collapsed: ReadonlySet<string>, fixed?: ReadonlyMap<string, FixedInside>): { elk: ElkNode; builder: ElkBuilder } {
  const builder = new ElkBuilder(model, collapsed, fixed);
  const elk = builder.build();
  const attach = (n: ElkNode): void => {
    const inner = builder.containerEdges.get(n.id);
    if (inner && n.id !== 'root') n.edges = inner;
    n.children?.forEach(attach);
  };
  attach(elk);
  return { elk, builder };
}

/** Turns ELK's answer into the drawing the SVG view renders. */
export function fromElk(laid: ElkNode, builder: ElkBuilder, layoutMs: number): DrawnGraph {
  const edges: DrawnEdge[] = [];
  const collectEdges = (n: ElkNode): void => {
    for (const e of n.edges ?? []) {
      const points: [number, number][] = [];
      for (const s of e.sections ?? []) {
        points.push([s.startPoint.x, s.startPoint.y]);
        for (const b of s.bendPoints ?? []) points.push([b.x, b.y]);
        points.push([s.endPoint.x, s.endPoint.y]);
      }
      const label = e.labels?.[0];
      edges.push({
        id: e.id,
        source: e.sources[0]!,
        target: e.targets[0]!,
        points,
        ...(label?.text ? { label: { x: label.x ?? 0, y: label.y ?? 0, text: label.text } } : {}),
      });
    }
    n.children?.forEach(collectEdges);
  };
  collectEdges(laid);
  const node = (n: ElkNode): DrawnNode => {
    const meta = builder.meta.get(n.id);
    if (!meta) throw new Error(`layout returned an unknown node ${n.id}`);
    const blocks: DrawnBlock[] | undefined = meta.blocks?.map((bm, i) => {
      const b = n.children?.[i];
      if (!b || b.id !== bm.id) throw new Error(`layout lost block ${bm.id}`);
      return { id: bm.id, name: bm.name, header: bm.header, x: b.x ?? 0, y: b.y ?? 0, w: b.width ?? 0, h: b.height ?? 0, children: (b.children ?? []).map(node) };
    });
    return { ...meta.drawn, x: n.x ?? 0, y: n.y ?? 0, w: n.width ?? 0, h: n.height ?? 0, ...(blocks ? { blocks } : {}) };
  };
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes: (laid.children ?? []).map(node), edges, layoutMs };
}

// Note [Layout cost]: network-simplex placement draws the straightest edges but costs
// seconds past a hundred nodes; Brandes-Köpf with one pass is several times faster.
function sizeOptions(nodeCount: number): Record<string, string> {
  if (nodeCount <= 100) return { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' };
  return {
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': '1',
    // Inline edge labels cost about a third of the layout of a 700-node graph (bench/ui.md).
    ...(nodeCount > 300 ? { 'elk.edgeRouting': 'POLYLINE', 'elk.edgeLabels.inline': 'false' } : {}),
  };
}

function nodeLines(n: NodeModel): string[] {
  const lines: string[] = [];
  const args = argsLine(n.inputs);
  if (n.inputs.some((i) => i.kind === 'constant')) lines.push(truncate(args, 48));
  for (const a of n.attributes) {
    if (n.kind === 'prim::CallMethod' && a.name === 'name') continue;
    if (n.kind === 'prim::Constant' && a.name === 'value') lines.push(truncate(a.value, 48));
    else lines.push(truncate(`${a.name}=${a.value}`, 48));
  }
  return lines;
}

/** `(●, ●, 1)`: value inputs as dots (they are edges), constants as their text. */
function argsLine(inputs: readonly InputModel[]): string {
  return `(${inputs.map((i) => (i.kind === 'value' ? '●' : i.text)).join(', ')})`;
}

function blockHeader(b: BlockModel): string {
  return `${b.name}(${b.inputs.map((v) => `%${printedName(v.id)}`).join(', ')})`;
}

function collapsedLine(n: NodeModel): string {
  if (n.callee) return `▸ ${n.callee}, ${countNodes(n.blocks)} nodes`;
  return `▸ ${n.blocks.length} block${n.blocks.length > 1 ? 's' : ''}, ${countNodes(n.blocks)} nodes`;
}

function countNodes(blocks: readonly BlockModel[]): number {
  return blocks.reduce((sum, b) => sum + b.nodes.length + b.nodes.reduce((s, n) => s + countNodes(n.blocks), 0), 0);
}

function truncate(text: string, max = MAX_LABEL): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
