import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../eager/index';

// Every formula against PyTorch 1.13's gradients (tests/data/autograd/gen_grads.py): the same
// Python code runs in the eager interpreter, and `.grad` of each input must match.
interface Case {
  name: string;
  code: string;
  grads: string[][];
}
const data = JSON.parse(readFileSync('tests/data/autograd/grads.json', 'utf8')) as { prelude: string; cases: Case[] };

const EPILOGUE = `
ramp = torch.linspace(-1, 1, out.numel()).view(out.shape) if out.numel() > 1 else torch.tensor(0.7)
(out * ramp).sum().backward()
for x in xs:
    print(' '.join([repr(v) for v in x.grad.flatten().tolist()]))
`;

describe('backward formulas give PyTorch 1.13 gradients', () => {
  for (const c of data.cases) {
    it(c.name, () => {
      const program = `import torch\nimport torch.nn.functional as F\n${data.prelude}\n${c.code}\n${EPILOGUE}`;
      const r = new Interpreter({ stderr: [] }).run(program, `${c.name}.py`);
      expect(r.error).toBeUndefined();
      const got = r.stdout.trim().split('\n').map((line) => line.split(' ').map(Number));
      expect(got.length).toBe(c.grads.length);
      c.grads.forEach((want, i) => {
        const g = got[i]!;
        expect(g.length).toBe(want.length);
        // float32 results computed in another order may differ in the last bits.
        want.map(Number).forEach((w, j) => expect(Math.abs(g[j]! - w)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(w))));
      });
    });
  }
});
