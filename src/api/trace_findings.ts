/**
 * What tracing got wrong, construct by construct: each `prim::Loop` of the script graph that the
 * tracer unrolled (or never entered), each `prim::If` it froze to one branch, and each value it
 * read from a tensor and baked in as a constant (its TracerWarning). Script and trace graphs are
 * matched by the source lines their nodes carry (`# main.py:7:12`), so the findings name the
 * user's lines, and the graph pane can mark the nodes on them.
 */
import { parseIR } from '../ir/ir';
import type { Block, Node } from '../ir/ir';
import type { AnalyzeResult } from './types';

export interface TraceFinding {
  readonly kind: 'unrolled-loop' | 'frozen-branch' | 'baked-value';
  /** The construct's line in the user's file (the loop, the if, the warning). */
  readonly line: number;
  readonly message: string;
  /** What to mark in the script graph: nodes on these lines, of these kinds when given. */
  readonly script: { readonly lines: readonly number[]; readonly kinds?: readonly string[] };
  /** What to mark in the trace graph: nodes on these lines. */
  readonly trace: { readonly lines: readonly number[] };
}

/** Nodes that are only plumbing: never counted as the trace of a line. */
const PLUMBING = new Set(['prim::Constant', 'prim::ListConstruct', 'prim::TupleConstruct', 'prim::NumToTensor', 'aten::Int', 'prim::GetAttr']);

interface Located {
  readonly node: Node;
  readonly line: number;
}

function located(block: Block, file: string, out: Located[] = []): Located[] {
  for (const n of block.nodes) {
    const src = n.source;
    if (src && src.file === file) out.push({ node: n, line: src.range.start.line });
    for (const b of n.blocks) located(b, file, out);
  }
  return out;
}

/** The user-file lines of the nodes inside `blocks` (recursively), plumbing left out. */
function bodyLines(blocks: readonly Block[], file: string): Set<number> {
  const lines = new Set<number>();
  for (const b of blocks) for (const l of located(b, file)) if (!PLUMBING.has(l.node.kind)) lines.add(l.line);
  return lines;
}

function readGraph(text: string | undefined): Block | undefined {
  if (text === undefined) return undefined;
  try {
    return parseIR(text).block;
  } catch {
    return undefined;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Compares one entry's script and trace results; empty when either has no graph. */
export function traceFindings(script: AnalyzeResult, trace: AnalyzeResult, file = 'main.py'): TraceFinding[] {
  // Inlined graphs when both have them: module calls would hide the operators on a line.
  const inlined = script.inlinedGraph !== undefined && trace.inlinedGraph !== undefined;
  const s = readGraph(inlined ? script.inlinedGraph : script.graph);
  const t = readGraph(inlined ? trace.inlinedGraph : trace.graph);
  if (!s || !t) return [];
  const traced = new Map<number, Node[]>();
  for (const l of located(t, file)) {
    if (PLUMBING.has(l.node.kind)) continue;
    traced.set(l.line, [...(traced.get(l.line) ?? []), l.node]);
  }
  const scriptNodes = located(s, file);
  const onLine = (line: number, kind: string): number => scriptNodes.filter((l) => l.line === line && l.node.kind === kind).length;
  const findings: TraceFinding[] = [];
  // A loop or branch the trace kept (a scripted function or module called while tracing) is faithful.
  const kept = (line: number, kind: string): boolean => (traced.get(line) ?? []).some((n) => n.kind === kind);
  for (const { node, line } of scriptNodes) {
    if (kept(line, node.kind)) continue;
    if (node.kind === 'prim::Loop') findings.push(loopFinding(node, line, file, traced, onLine));
    if (node.kind === 'prim::If') {
      const f = branchFinding(node, line, file, traced);
      if (f) findings.push(f);
    }
  }
  for (const d of trace.diagnostics) {
    // The tracer's warnings that a value left the graph: what it read became a constant.
    const what = d.severity === 'warning' ? /TracerWarning: Converting a tensor to a Python (\w+)/.exec(d.message)?.[1] : undefined;
    if (!what) continue;
    const line = d.range.startLine;
    const message = `line ${line}: a Python ${what} read from a tensor was recorded as a constant; other inputs get the same value`;
    findings.push({ kind: 'baked-value', line, message, script: { lines: [line] }, trace: { lines: [line] } });
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Times the tracer recorded the loop's body: the most repeated of its operators, per script copy. */
function loopFinding(node: Node, line: number, file: string, traced: Map<number, Node[]>, onLine: (line: number, kind: string) => number): TraceFinding {
  const body = bodyLines(node.blocks, file);
  let times = 0;
  for (const l of body) {
    const kinds = new Map<string, number>();
    for (const n of traced.get(l) ?? []) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    for (const [kind, count] of kinds) times = Math.max(times, Math.floor(count / Math.max(1, onLine(l, kind))));
  }
  const lines = [...body].sort((a, b) => a - b);
  const message =
    times === 0
      ? `line ${line}: the loop's body never ran while tracing, so the trace has no trace of it`
      : `line ${line}: the loop was unrolled: the trace repeats its body ${plural(times, 'time')}, for every input`;
  return { kind: 'unrolled-loop', line, message, script: { lines: [line], kinds: ['prim::Loop'] }, trace: { lines } };
}

/** Which branch the trace kept: the one whose lines have traced operators. */
function branchFinding(node: Node, line: number, file: string, traced: Map<number, Node[]>): TraceFinding | undefined {
  const [thenBlock, elseBlock] = node.blocks;
  if (!thenBlock || !elseBlock) return undefined;
  const thenLines = bodyLines([thenBlock], file);
  const elseLines = bodyLines([elseBlock], file);
  const shared = new Set([...thenLines].filter((l) => elseLines.has(l)));
  const taken = (lines: Set<number>): number[] => [...lines].filter((l) => !shared.has(l) && traced.has(l)).sort((a, b) => a - b);
  const tookThen = taken(thenLines);
  const tookElse = taken(elseLines);
  const script = { lines: [line], kinds: ['prim::If'] };
  if (tookThen.length > 0 && tookElse.length === 0) {
    return { kind: 'frozen-branch', line, message: `line ${line}: the branch was frozen: the trace always runs the if-branch (line ${tookThen[0]}), whatever the input`, script, trace: { lines: tookThen } };
  }
  if (tookElse.length > 0 && tookThen.length === 0) {
    const where = [...elseLines].sort((a, b) => a - b)[0];
    return { kind: 'frozen-branch', line, message: `line ${line}: the branch was frozen: the trace always runs the else-branch (line ${where}), whatever the input`, script, trace: { lines: tookElse } };
  }
  // Neither branch traced: when just one branch has operators, the trace took the other one.
  if (tookThen.length > 0 || tookElse.length > 0) return undefined;
  const own = (lines: Set<number>): number[] => [...lines].filter((l) => !shared.has(l)).sort((a, b) => a - b);
  const [thenOwn, elseOwn] = [own(thenLines), own(elseLines)];
  if (thenOwn.length > 0 && elseOwn.length === 0) {
    return { kind: 'frozen-branch', line, message: `line ${line}: the branch was frozen: the trace never runs the if-branch (line ${thenOwn[0]}), whatever the input`, script, trace: { lines: [] } };
  }
  if (elseOwn.length > 0 && thenOwn.length === 0) {
    return { kind: 'frozen-branch', line, message: `line ${line}: the branch was frozen: the trace always takes the if-branch and never the else-branch (line ${elseOwn[0]}), whatever the input`, script, trace: { lines: [] } };
  }
  return undefined;
}
