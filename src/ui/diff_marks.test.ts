import { describe, expect, it } from 'vitest';
import { analyze } from '../api/analyze';
import { buildGraphModel } from '../api/graph_model';
import { diffKinds } from '../api/graph_diff';
import { traceFindings } from '../api/trace_findings';
import { diffMarks } from './diff_marks';
import { indexNodes } from './selection';

const source = [
  'import torch',
  '',
  'def f(x: torch.Tensor) -> torch.Tensor:',
  '    y = x * 2',
  '    for i in range(x.size(0)):',
  '        y = y + i',
  '    if bool(x.sum() > 0):',
  '        y = -y',
  '    return y',
  '',
  'example_inputs = (torch.ones(2, 2),)',
  '',
].join('\n');

describe('diffMarks', () => {
  const script = analyze({ source, mode: 'script' });
  const trace = analyze({ source, mode: 'trace' });
  const diff = { script, trace, kinds: diffKinds(script, trace)!, findings: traceFindings(script, trace) };
  const model = (text: string | undefined) => {
    const r = buildGraphModel(text!);
    if (!r.ok) throw new Error(r.error);
    return r.model;
  };

  it('marks the unrolled loop and the frozen if in the script graph, by their findings', () => {
    const m = model(script.graph);
    const marks = diffMarks(indexNodes(m).byId.values(), 'script', diff);
    const byKind = (kind: string) => m.nodes.filter((n) => n.kind === kind).map((n) => marks.get(n.id));
    expect(byKind('prim::Loop')).toEqual([{ kind: 'finding', reason: expect.stringContaining('unrolled') }]);
    expect(byKind('prim::If')).toEqual([{ kind: 'finding', reason: expect.stringContaining('frozen') }]);
    expect(byKind('aten::mul')).toEqual([undefined]);
  });

  it('marks the unrolled copies and the kept branch in the trace graph', () => {
    const m = model(trace.graph);
    const marks = diffMarks(indexNodes(m).byId.values(), 'trace', diff);
    const adds = m.nodes.filter((n) => n.kind === 'aten::add');
    expect(adds).toHaveLength(2);
    for (const n of adds) expect(marks.get(n.id)?.reason).toContain('2 times');
    expect(marks.get(m.nodes.find((n) => n.kind === 'aten::neg')!.id)?.reason).toContain('if-branch (line 8)');
  });

  it('marks nothing in eager mode or without a diff', () => {
    expect(diffMarks(indexNodes(model(script.graph)).byId.values(), 'eager', diff).size).toBe(0);
    expect(diffMarks(indexNodes(model(script.graph)).byId.values(), 'script', undefined).size).toBe(0);
  });
});
