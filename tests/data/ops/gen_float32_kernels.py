"""Makes float32_kernels.json with PyTorch 1.13: float32 results of elementwise kernels whose last
bit depends on how PyTorch computes them (vectorised float32 steps, Sleef, polynomial erf).

Run: /usr/bin/python3 tests/data/ops/gen_float32_kernels.py
"""
import json
import os

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.cat([torch.linspace(-6, 6, 49), torch.randn(400) * 3, torch.tensor([-100.0, 100.0, 1e-8, -1e-8, 0.0, -0.0])])
ops = {
    'erf': torch.erf(x), 'gelu': F.gelu(x), 'gelu_tanh': F.gelu(x, approximate='tanh'), 'silu': F.silu(x),
    'sigmoid': torch.sigmoid(x), 'exp': torch.exp(x), 'tanh': torch.tanh(x), 'erfc': torch.erfc(x),
}
out = {'x': x.tolist(), 'ops': {k: [repr(v) for v in t.tolist()] for k, t in ops.items()}}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'float32_kernels.json'), 'w') as f:
    json.dump(out, f)
