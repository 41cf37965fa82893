# PyTorch 1.13's float32 softmax/log_softmax backward kernels on given outputs and gradients, for
# src/autograd/softmax_backward.test.ts. Run from the repo root:
#   /usr/bin/python3 tests/data/autograd/gen_softmax_backward.py > tests/data/autograd/softmax_backward.json
import json
import torch

torch.manual_seed(0)
cases = []
for rows, n in [(4, 3), (4, 5), (3, 8), (3, 10), (2, 13), (2, 100)]:
    x = torch.randn(rows, n) * 2
    g = torch.randn(rows, n)
    for log in (False, True):
        y = torch.log_softmax(x, 1) if log else torch.softmax(x, 1)
        fn = torch.ops.aten._log_softmax_backward_data if log else torch.ops.aten._softmax_backward_data
        gi = fn(g, y, 1, torch.float32)
        cases.append({'log': log, 'shape': [rows, n], 'y': [repr(v) for v in y.flatten().tolist()],
                      'g': [repr(v) for v in g.flatten().tolist()], 'gi': [repr(v) for v in gi.flatten().tolist()]})
print(json.dumps(cases))
