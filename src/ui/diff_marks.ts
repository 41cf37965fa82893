/**
 * Which nodes of the shown graph the trace/script diff marks, and why: the nodes of each
 * TraceFinding (an unrolled loop, a frozen branch, a baked value) on the user's lines, then
 * nodes of kinds the other mode's graph lacks. `nodes`: every node of the graph, nested ones too
 * (the node index's `byId`).
 */
import type { NodeModel } from '../api/graph_model';
import type { CompileResponse } from '../api/protocol';
import type { Mode } from '../api/types';

export interface DiffMark {
  /** `finding`: named by a TraceFinding; `only-here`: its kind is not in the other graph. */
  readonly kind: 'finding' | 'only-here';
  readonly reason: string;
}

export const NO_MARKS: ReadonlyMap<string, DiffMark> = new Map();

export function diffMarks(nodes: Iterable<NodeModel>, mode: Mode, diff: CompileResponse['diff'], file = 'main.py'): ReadonlyMap<string, DiffMark> {
  if (!diff || mode === 'eager') return NO_MARKS;
  const only = new Set(diff.kinds ? (mode === 'script' ? diff.kinds.onlyScript : diff.kinds.onlyTrace) : []);
  const marks = new Map<string, DiffMark>();
  for (const n of nodes) {
    const line = n.source?.file === file ? n.source.line : undefined;
    const finding = line === undefined ? undefined : diff.findings.find((f) => (mode === 'script' ? f.script.lines.includes(line) && (!f.script.kinds || f.script.kinds.includes(n.kind)) : f.trace.lines.includes(line)));
    if (finding) marks.set(n.id, { kind: 'finding', reason: finding.message });
    else if (only.has(n.kind)) marks.set(n.id, { kind: 'only-here', reason: `no ${n.kind} in the ${mode === 'script' ? 'trace' : 'script'} graph` });
  }
  return marks;
}
