import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { traceFindings } from './trace_findings';

const findingsOf = (source: string) => traceFindings(analyze({ source, mode: 'script' }), analyze({ source, mode: 'trace' }));

describe('traceFindings', () => {
  const program = [
    'import torch',
    '',
    'def f(x: torch.Tensor) -> torch.Tensor:',
    '    n = x.size(0)',
    '    y = x * 2',
    '    for i in range(n):',
    '        y = y + i',
    '    if x.sum() > 0:',
    '        y = y * 3',
    '    else:',
    '        y = -y',
    '    return y.view(n, -1)',
    '',
    'example_inputs = (torch.ones(3, 2),)',
    '',
  ].join('\n');

  it('names the unrolled loop with its trip count, the frozen branch, and the baked condition, on their lines', () => {
    const found = findingsOf(program);
    expect(found.map((f) => [f.kind, f.line])).toEqual([
      ['unrolled-loop', 6],
      ['frozen-branch', 8],
      ['baked-value', 8],
    ]);
    const [loop, branch, baked] = found;
    expect(loop!.message).toContain('3 times');
    expect(loop!.script).toEqual({ lines: [6], kinds: ['prim::Loop'] });
    expect(loop!.trace.lines).toEqual([7]);
    expect(branch!.message).toContain('if-branch (line 9)');
    expect(branch!.trace.lines).toEqual([9]);
    expect(baked!.message).toContain('Python boolean');
  });

  it('reports the else-branch when the example input takes it, and a loop that never ran', () => {
    const source = program.replace('torch.ones(3, 2)', '-torch.ones(0, 2)').replace('y.view(n, -1)', 'y');
    const found = findingsOf(source);
    expect(found.find((f) => f.kind === 'unrolled-loop')!.message).toContain('never ran');
    expect(found.find((f) => f.kind === 'frozen-branch')!.message).toContain('else-branch (line 11)');
  });

  it('finds nothing where tracing is faithful', () => {
    const source = 'import torch\n\ndef g(x: torch.Tensor):\n    return torch.relu(x) + 1\n\nexample_inputs = (torch.ones(2),)\n';
    expect(findingsOf(source)).toEqual([]);
  });
});
