"""Writes torch_schemas.json: torch 1.13's schema strings for the operator names given on stdin.

Run: npx tsx -e "import('./src/ops/index').then(m => console.log([...new Set(m.allOps().map(e => e.name))].join('\\n')))" \
       | /usr/bin/python3 tests/data/ops/gen_schemas.py
"""
import json
import os
import sys
import torch

names = set(line.strip() for line in sys.stdin if line.strip())
schemas = [str(s) for s in torch._C._jit_get_all_schemas()]
keep = [s for s in schemas if s[: s.index("(")].split(".")[0] in names]
with open(os.path.join(os.path.dirname(__file__), "torch_schemas.json"), "w") as f:
    json.dump({"source": "torch " + torch.__version__ + " torch._C._jit_get_all_schemas(), for the registry's operator names", "schemas": keep}, f, indent=0)
print(len(keep), "schemas for", len(names), "names")
