"""Makes selection_ties.json with PyTorch 1.13: topk/kthvalue indices on rows with many ties.

Run: /usr/bin/python3 tests/data/ops/gen_selection_ties.py
"""
import json
import os
import random

import torch

random.seed(3)
cases = []
for trial in range(300):
    n = random.choice([random.randint(1, 20), random.randint(60, 200)])
    row = [float(random.randint(0, 4)) for _ in range(n)]
    if random.random() < 0.1:
        row[random.randrange(n)] = float('nan')
    t = torch.tensor(row)
    k = random.randint(1, min(n, 5) if n > 50 else n)
    largest = random.random() < 0.7
    ti = t.topk(k, largest=largest)[1]
    ki = t.kthvalue(k)[1]
    cases.append(dict(row=[None if x != x else x for x in row], k=k, largest=largest, topk=ti.tolist(), kthvalue=ki.item()))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'selection_ties.json'), 'w') as f:
    json.dump(cases, f)
