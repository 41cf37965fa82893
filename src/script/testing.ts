/** Test helpers for the script compiler: PyTorch 1.13's schema list and node-kind similarity. */
import { readFileSync } from 'node:fs';
import type { Graph } from '../ir/graph';
import { schemaListOperators } from './operators';
import type { OperatorSource } from './operators';

let torchOps: OperatorSource | undefined;

/** Every PyTorch 1.13 schema (tests/golden/ir/torch_schemas.txt), in PyTorch's order. */
export function torchOperators(): OperatorSource {
  torchOps ??= schemaListOperators(readFileSync('tests/golden/ir/torch_schemas.txt', 'utf8').split('\n'));
  return torchOps;
}

/** Count of each node kind, nested blocks included (the conformance `node_kinds`). */
export function nodeKinds(graph: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of graph.allNodes()) out[n.kind] = (out[n.kind] ?? 0) + 1;
  return out;
}

/** Multiset Jaccard similarity of two kind counts: sum of minima over sum of maxima. */
export function kindSimilarity(a: Record<string, number>, b: Record<string, number>): number {
  let min = 0;
  let max = 0;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    min += Math.min(a[k] ?? 0, b[k] ?? 0);
    max += Math.max(a[k] ?? 0, b[k] ?? 0);
  }
  return max === 0 ? 1 : min / max;
}
