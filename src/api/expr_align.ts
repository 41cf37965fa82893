/**
 * Traced nodes know only their statement's line (Note [Source locations] of the tracer; a
 * call node's line is kept beside it, Note [Call sites]): each is matched to the next
 * expression of that line, in evaluation order, that may record its operator. A line that
 * runs again (a loop, a module called twice) starts over; an indexing that records several
 * nodes (`x[:, :2]`: two slices) made the value of its last.
 *
 * Note [Foreign nodes]: a node recorded inside a library function written in Python
 * (`F.relu`) carries the library's line. It is matched, forward only, on the line of the
 * user's latest node, so `F.relu(self.bn1(...))` gets the relu's type.
 */
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import type { SourceRange } from '../lang/source';
import { callSiteOf } from '../trace/tracing_state';
import { opBase, type Candidate, type SourceFacts } from './expr_ast';

function matchFrom(candidates: readonly Candidate[], op: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (candidates[i]!.ops.includes(op)) return i;
  return undefined;
}

interface LineState {
  next: number;
  /** The latest match, reported once the next node of the line shows it was the last of its expression. */
  pending?: { readonly candidate: Candidate; readonly node: Node };
}

/** Calls `found` with the expression range of each node of `graph` from `fileName` that matches one. */
export function alignTraced(graph: Graph, fileName: string, facts: SourceFacts, found: (range: SourceRange, n: Node) => void): void {
  const lines = new Map<number, LineState>();
  let latest: number | undefined;
  for (const n of graph.allNodes()) {
    if (n.outputs.length !== 1 || n.blocks.length > 0) continue;
    const source = n.source ?? callSiteOf(n);
    const foreign = source !== undefined && source.file !== fileName;
    if (source?.file === fileName) latest = source.range.start.line;
    if (!source || (foreign && (latest === undefined || n.kind === 'prim::Constant'))) continue;
    const line = foreign ? latest! : source.range.start.line;
    const candidates = facts.lineCandidates.get(line);
    if (!candidates) continue;
    const op = opBase(n.kind);
    const state = lines.get(line) ?? { next: 0 };
    lines.set(line, state);
    const pending = state.pending;
    if (pending?.candidate.repeats && pending.candidate.ops.includes(op)) {
      state.pending = { candidate: pending.candidate, node: n };
      continue;
    }
    const forward = matchFrom(candidates, op, state.next, candidates.length);
    const i = foreign ? forward : (forward ?? matchFrom(candidates, op, 0, state.next));
    if (i === undefined) continue;
    if (pending) found(pending.candidate.range, pending.node);
    state.pending = { candidate: candidates[i]!, node: n };
    state.next = i + 1;
  }
  for (const { pending } of lines.values()) if (pending) found(pending.candidate.range, pending.node);
}
