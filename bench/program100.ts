/**
 * The 100-line program the edit-to-IR benchmarks compile: a module with submodules, loops,
 * branches and helper functions. Its entry (Model) ends with `* LAST_CONSTANT`, the last
 * text of the file, so a benchmark can edit the constant's last digit from the keyboard.
 */
export const LAST_CONSTANT = '0.125';

export function hundredLineProgram(): string {
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
    'example_inputs = (torch.rand(2, 8),)',
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
    `        return x.sum(dim=1) * ${LAST_CONSTANT}`,
  ];
  // No newline at the end: Ctrl+End puts the cursor right after LAST_CONSTANT (bench/ui_browser.ts).
  return body.join('\n');
}
