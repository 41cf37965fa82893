/**
 * What tracing changed, in the simplest honest terms: which node kinds each mode's graph
 * holds and how many. A loop the tracer unrolled shows as `prim::Loop` only in script, a
 * frozen branch as `prim::If` only in script, baked-in sizes as more constants in trace.
 * Counts come from the inlined graphs when both sides have them, so module calls do not
 * hide the operators inside them.
 */
import { parseIR } from '../ir/ir';
import type { AnalyzeResult } from './types';

export interface KindDiff {
  readonly script: Readonly<Record<string, number>>;
  readonly trace: Readonly<Record<string, number>>;
  /** Kinds in the script graph and nowhere in the trace, sorted. */
  readonly onlyScript: readonly string[];
  readonly onlyTrace: readonly string[];
  /** One line: `trace: 0 prim::If, 0 prim::Loop, 3 constants; script: 1 prim::If, 0 prim::Loop, 2 constants`. */
  readonly summary: string;
}

/** Control-flow kinds the summary always names, even at zero. */
const ALWAYS = ['prim::If', 'prim::Loop'];

/** Node kinds of a `.graph` text and their counts (nested blocks included); undefined if unreadable. */
export function countKinds(text: string): Record<string, number> | undefined {
  let graph;
  try {
    graph = parseIR(text);
  } catch {
    return undefined;
  }
  const counts: Record<string, number> = {};
  for (const n of graph.allNodes()) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return counts;
}

function sideCounts(r: AnalyzeResult, inlined: boolean): Record<string, number> | undefined {
  const text = inlined ? r.inlinedGraph : r.graph;
  return text === undefined ? undefined : countKinds(text);
}

function describe(mode: string, counts: Readonly<Record<string, number>> | undefined): string {
  if (!counts) return `${mode}: no graph`;
  const parts = ALWAYS.map((k) => `${counts[k] ?? 0} ${k}`);
  parts.push(`${counts['prim::Constant'] ?? 0} constants`);
  return `${mode}: ${parts.join(', ')}`;
}

/** Compares the script and trace results of one entry; undefined when neither has a graph. */
export function diffKinds(script: AnalyzeResult, trace: AnalyzeResult): KindDiff | undefined {
  const inlined = script.inlinedGraph !== undefined && trace.inlinedGraph !== undefined;
  const s = sideCounts(script, inlined);
  const t = sideCounts(trace, inlined);
  if (!s && !t) return undefined;
  const only = (a: Record<string, number> | undefined, b: Record<string, number> | undefined): string[] =>
    a && b ? Object.keys(a).filter((k) => !(k in b) && k !== 'prim::Constant').sort() : [];
  return {
    script: s ?? {},
    trace: t ?? {},
    onlyScript: only(s, t),
    onlyTrace: only(t, s),
    summary: `${describe('trace', t)}; ${describe('script', s)}`,
  };
}
