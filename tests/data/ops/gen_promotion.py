"""Generates promotion.json: torch.result_type for tensor/tensor, tensor/0-d and tensor/scalar pairs.

Run: /usr/bin/python3 tests/data/ops/gen_promotion.py
"""
import json
import os
import torch

D = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.float32, torch.float64, torch.bool]
name = lambda d: str(d).replace("torch.", "")
rows = []
for a in D:
    for b in D:
        ta, tb = torch.zeros(2, dtype=a), torch.zeros(2, dtype=b)
        rows.append({"a": [name(a), "dim"], "b": [name(b), "dim"], "result": name(torch.result_type(ta, tb))})
        rows.append({"a": [name(a), "dim"], "b": [name(b), "zero"], "result": name(torch.result_type(ta, torch.zeros((), dtype=b)))})
    for s, kind in [(True, "bool"), (2, "int64"), (2.5, "float64")]:
        rows.append({"a": [name(a), "dim"], "b": [kind, "wrapped"], "result": name(torch.result_type(torch.zeros(2, dtype=a), s))})
        rows.append({"a": [name(a), "zero"], "b": [kind, "wrapped"], "result": name(torch.result_type(torch.zeros((), dtype=a), s))})
with open(os.path.join(os.path.dirname(__file__), "promotion.json"), "w") as f:
    json.dump({"generator": "tests/data/ops/gen_promotion.py with torch " + torch.__version__, "rows": rows}, f, indent=0)
print(len(rows))
