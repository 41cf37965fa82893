import { describe, expect, test } from 'vitest';
import type { CliIO } from '../io';
import { codeCommand } from './code';

function run(args: string[], files: Record<string, string>): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[p]!;
    },
  };
  const status = codeCommand.run(args, io) as number;
  return { status, out, err };
}

const fooLoopIf = `import torch

def foo(len: int):
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
`;

describe('jitscope code', () => {
  test('prints .code as PyTorch does for the foo_loop_if example', () => {
    const r = run(['foo.py', 'foo'], { 'foo.py': fooLoopIf });
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toBe(`def foo(len: int) -> Tensor:
  rv = torch.zeros([3, 4])
  rv0 = rv
  for i in range(len):
    if torch.lt(i, 10):
      rv1 = torch.sub(rv0, 1.)
    else:
      rv1 = torch.add(rv0, 1.)
    rv0 = rv1
  return rv0`);
    expect(r.status).toBe(0);
  });

  test('usage errors and unreadable files', () => {
    expect(run([], {}).status).toBe(2);
    expect(run(['nope.py', 'f'], {}).status).toBe(2);
  });
});
