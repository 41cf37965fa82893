/**
 * Edit-to-IR latency without the browser: analyze() on a 100-line program (a module with
 * submodules, loops, branches and helper functions), warm, split into its stages.
 * Run: npx tsx bench/ui_compile.ts
 */
import { analyze } from '../src/api/analyze';
import type { Mode } from '../src/api/types';

function program(): string {
  const helpers: string[] = [];
  for (let i = 0; i < 8; i++) {
    helpers.push(
      `def helper${i}(x: torch.Tensor, n: int) -> torch.Tensor:`,
      `    y = x * ${i + 1}`,
      `    for k in range(n):`,
      `        if bool(y.sum() > ${i}):`,
      `            y = torch.relu(y - 1)`,
      `        else:`,
      `            y = torch.tanh(y + k)`,
      `    return y`,
      ``,
    );
  }
  const body = [
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    ...helpers,
    'class Block(nn.Module):',
    '    def __init__(self, d: int):',
    '        super().__init__()',
    '        self.fc1 = nn.Linear(d, d)',
    '        self.fc2 = nn.Linear(d, d)',
    '        self.norm = nn.LayerNorm(d)',
    '',
    '    def forward(self, x: torch.Tensor) -> torch.Tensor:',
    '        h = F.relu(self.fc1(x))',
    '        h = self.fc2(h)',
    '        return self.norm(h + x)',
    '',
    'class Model(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    '        self.a = Block(8)',
    '        self.b = Block(8)',
    '',
    '    def forward(self, x: torch.Tensor) -> torch.Tensor:',
    '        x = self.a(x)',
    ...Array.from({ length: 8 }, (_, i) => `        x = helper${i}(x, 2)`),
    '        x = self.b(x)',
    '        return x.sum(dim=1)',
    '',
    'example_inputs = (torch.rand(2, 8),)',
  ];
  return body.join('\n') + '\n';
}

const source = program();
const lines = source.split('\n').length - 1;
for (const mode of ['script', 'trace'] as Mode[]) {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < 12; i++) {
    const started = performance.now();
    const r = analyze({ source, mode });
    if (!r.graph) throw new Error(`no graph: ${r.diagnostics.map((d) => d.message).join('\n')}`);
    runs.push({ ...r.timings, total: performance.now() - started });
  }
  const warm = runs.slice(2);
  const median = (key: string): string => {
    const xs = warm.map((t) => t[key] ?? 0).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!.toFixed(1);
  };
  const stages = Object.keys(warm[0]!).map((k) => `${k} ${median(k)}`).join(', ');
  console.log(`${lines}-line program, ${mode}: first run ${runs[0]!.total!.toFixed(0)} ms; warm medians (ms): ${stages}`);
}
