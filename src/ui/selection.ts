/** Cross-highlighting: which graph nodes, source lines and IR lines belong together. */
import type { GraphModel, NodeModel, ValueModel } from '../api/graph_model';

export interface NodeIndex {
  readonly byId: ReadonlyMap<string, NodeModel>;
  /** Every value of the model (graph and block inputs, node outputs), by id. */
  readonly valueById: ReadonlyMap<string, ValueModel>;
  readonly bySourceLine: ReadonlyMap<number, readonly NodeModel[]>;
  readonly byIrLine: ReadonlyMap<number, NodeModel>;
}

export function indexNodes(model: GraphModel | undefined): NodeIndex {
  const byId = new Map<string, NodeModel>();
  const bySourceLine = new Map<number, NodeModel[]>();
  const byIrLine = new Map<number, NodeModel>();
  const valueById = new Map<string, ValueModel>();
  const values = (vs: readonly ValueModel[]): void => vs.forEach((v) => valueById.set(v.id, v));
  const walk = (nodes: readonly NodeModel[]): void => {
    for (const n of nodes) {
      byId.set(n.id, n);
      values(n.outputs);
      if (n.source) bySourceLine.set(n.source.line, [...(bySourceLine.get(n.source.line) ?? []), n]);
      if (n.irLine !== undefined) byIrLine.set(n.irLine, n);
      n.blocks.forEach((b) => {
        values(b.inputs);
        walk(b.nodes);
      });
    }
  };
  if (model) {
    values(model.inputs);
    walk(model.nodes);
  }
  return { byId, valueById, bySourceLine, byIrLine };
}

/** What is highlighted where. */
export interface Highlight {
  readonly node: string | undefined;
  readonly graphMarked: ReadonlySet<string>;
  readonly sourceLines: ReadonlySet<number>;
  readonly irLines: ReadonlySet<number>;
  /** The source lines the selection is about; the `.code` lines printed from them light up. */
  readonly originLines: ReadonlySet<number>;
}

export const NO_HIGHLIGHT: Highlight = { node: undefined, graphMarked: new Set(), sourceLines: new Set(), irLines: new Set(), originLines: new Set() };

/** A node picked in the graph or the IR: its source line and IR line light up. */
export function highlightNode(n: NodeModel): Highlight {
  return {
    node: n.id,
    graphMarked: new Set(),
    sourceLines: new Set(n.source ? [n.source.line] : []),
    irLines: new Set(n.irLine !== undefined ? [n.irLine] : []),
    originLines: new Set(n.source ? [n.source.line] : []),
  };
}

/** The editor's cursor line: the nodes made from it light up in the graph and the IR. */
export function highlightSourceLine(index: NodeIndex, line: number): Highlight {
  const nodes = index.bySourceLine.get(line) ?? [];
  return {
    node: undefined,
    graphMarked: new Set(nodes.map((n) => n.id)),
    sourceLines: new Set(),
    irLines: new Set(nodes.flatMap((n) => (n.irLine !== undefined ? [n.irLine] : []))),
    originLines: new Set([line]),
  };
}

/** A `.code` line picked: its source line lights up in the editor, and the nodes made from it. */
export function highlightCodeLine(index: NodeIndex, codeLines: readonly (number | null)[] | undefined, line: number): Highlight {
  const source = codeLines?.[line - 1];
  if (source === null || source === undefined) return NO_HIGHLIGHT;
  return { ...highlightSourceLine(index, source), sourceLines: new Set([source]) };
}

/** The 1-based `.code` lines printed from the selection's source lines. */
export function codeLinesOf(h: Highlight, codeLines: readonly (number | null)[] | undefined): ReadonlySet<number> {
  const out = new Set<number>();
  codeLines?.forEach((source, i) => {
    if (source !== null && h.originLines.has(source)) out.add(i + 1);
  });
  return out;
}
