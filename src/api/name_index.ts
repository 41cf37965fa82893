/**
 * The editor's hover data: each named value of a compiled graph with its inferred type and
 * the source range of the node that made it. Plain data, built in the worker.
 */
import type { Graph } from '../ir/graph';
import { shortType } from './graph_model';
import type { NameInfo } from './types';

/** Named values of `graph` made by nodes of `fileName`, and the graph's inputs (no range). */
export function buildNameIndex(graph: Graph, fileName: string): NameInfo[] {
  const out: NameInfo[] = [];
  for (const v of graph.inputs) {
    if (v.hasDebugName()) out.push({ name: v.debugNameBase(), type: shortType(v.type.str()) });
  }
  for (const n of graph.allNodes()) {
    const src = n.source;
    if (!src || src.file !== fileName) continue;
    const { start, end } = src.range;
    for (const v of n.outputs) {
      if (!v.hasDebugName()) continue;
      const range = { startLine: start.line, startCol: start.col, endLine: end.line, endCol: end.col };
      out.push({ name: v.debugNameBase(), type: shortType(v.type.str()), range });
    }
  }
  return out;
}
