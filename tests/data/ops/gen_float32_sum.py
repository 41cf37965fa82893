# Float32 sums and means of PyTorch 1.13 (CPU) over shapes and dims whose reduction order
# src/ops/float32_sum.ts reproduces; values as exact decimal strings. Run from the repo root.
import json
import torch

torch.manual_seed(0)
CASES = [
    ([16], None), ([7], None), ([100], None), ([1100], None),
    ([4, 20], [1]), ([3, 4, 20], [1, 2]), ([16, 8], [0]), ([5, 3], [0]), ([100, 20], [0]),
    ([40, 9], [0]), ([300, 3], [0]), ([200, 16], [0]), ([2, 16, 5], [1]), ([3, 40, 8], [1]),
    ([2, 100, 3], [1]), ([17, 1], [0]), ([8, 3, 4, 4], [2, 3]), ([8, 3, 4, 4], [0, 2, 3]), ([64, 10], [1]), ([64, 10], [0]), ([2, 3, 4, 5], [0, 2]), ([2, 3, 4, 5], [1, 3]), ([6, 5, 12], [0, 2]),
]
out = []
for shape, dims in CASES:
    x = torch.randn(*shape) * 3
    s = x.sum() if dims is None else x.sum(dims)
    m = x.mean() if dims is None else x.mean(dims)
    out.append({
        'shape': shape, 'dims': dims,
        'x': [repr(v) for v in x.flatten().tolist()],
        'sum': [repr(v) for v in s.flatten().tolist()],
        'mean': [repr(v) for v in m.flatten().tolist()],
    })
print(json.dumps(out))
