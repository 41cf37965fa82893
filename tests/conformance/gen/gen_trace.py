"""Makes tests/conformance/trace/t_*.json (FORMAT.md) with PyTorch 1.13: run from the repo root
with /usr/bin/python3 tests/conformance/gen/gen_trace.py. Each case is traced with torch.jit.trace
and run on inputs of other shapes, where the trace may give a faithfully wrong answer or raise."""
import importlib.util
import json
import math
import os
import sys
import tempfile
import traceback
import warnings

import torch

OUT = 'tests/conformance/trace'
HEADER = """import torch
import torch.nn as nn
import torch.nn.functional as F
from typing import List, Dict, Optional, Tuple
import math

"""


def enc(v):
    if isinstance(v, torch.Tensor):
        dt = str(v.dtype).replace('torch.', '')
        data = v.detach().reshape(-1).tolist()
        if v.dtype.is_floating_point:
            data = [None if math.isnan(x) else ('inf' if x == math.inf else '-inf' if x == -math.inf else x) for x in data]
        return {'tensor': {'dtype': dt, 'shape': list(v.shape), 'data': data}}
    if v is None:
        return None
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': v}
    if isinstance(v, float):
        return {'float': v}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def kinds(graph):
    counts = {}

    def visit(block):
        for n in block.nodes():
            counts[n.kind()] = counts.get(n.kind(), 0) + 1
            for b in n.blocks():
                visit(b)
    visit(graph)
    return dict(sorted(counts.items()))


def load(name, source):
    d = tempfile.mkdtemp()
    path = os.path.join(d, f'{name}.py')
    with open(path, 'w') as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(f'case_{name}', path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def error_line(e, path, target):
    """The innermost line of the case's file in the traceback, else the entry's definition line."""
    lines = [f.lineno for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
    if lines:
        return lines[-1]
    fn = target.forward if isinstance(target, torch.nn.Module) else target
    return fn.__code__.co_firstlineno


def make(name, description, body, entry, example, runs, init_args=(), method=None):
    torch.manual_seed(0)
    source = HEADER + body
    mod = load(name, source)
    target = getattr(mod, entry)
    case = {'name': name, 'description': description, 'source': source, 'mode': 'trace', 'entry': entry}
    if method:
        case['method'] = method
    if isinstance(target, type):
        target = target(*init_args)
        target.eval()
        if init_args:
            case['init_args'] = [enc(a) for a in init_args]
        case['params'] = {k: enc(v) for k, v in target.state_dict().items()}
    case['example_inputs'] = [enc(x) for x in example]
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            if method:
                traced = torch.jit.trace_module(target, {method: tuple(example)}, check_trace=False)
            else:
                traced = torch.jit.trace(target, tuple(example), check_trace=False)
        except Exception as e:  # noqa: BLE001
            case['error'] = {'line': error_line(e, mod.__file__, target), 'message': f'{type(e).__name__}: {e}'}
            case['runs'] = []
            with open(f'{OUT}/{name}.json', 'w') as f:
                json.dump(case, f, indent=1)
                f.write('\n')
            return
    call = getattr(traced, method) if method else traced
    case['runs'] = []
    for inputs in runs:
        encoded = [enc(x) for x in inputs]  # before the call: a trace may write to its inputs
        try:
            case['runs'].append({'inputs': encoded, 'output': enc(call(*inputs))})
        except Exception as e:  # noqa: BLE001
            case['runs'].append({'inputs': encoded, 'raises': type(e).__name__})
    g = getattr(traced, method).graph if method else traced.graph
    case['graph'] = str(g)
    case['code'] = getattr(traced, method).code if method else traced.code
    case['node_kinds'] = kinds(g)
    if hasattr(traced, 'inlined_graph') and isinstance(traced, torch.jit.ScriptModule):
        case['inlined_node_kinds'] = kinds(traced.inlined_graph)
    case['warnings'] = sorted({c.category.__name__ for c in w if issubclass(c.category, torch.jit.TracerWarning)})
    with open(f'{OUT}/{name}.json', 'w') as f:
        json.dump(case, f, indent=1)
        f.write('\n')


def r(*shape):
    return torch.rand(*shape)


def n(*shape):
    return torch.randn(*shape)


torch.manual_seed(1)
CASES = []


def case(name, description, body, entry, example, runs, init_args=(), method=None):
    CASES.append((name, description, body, entry, example, runs, init_args, method))


exec(open(os.path.join(os.path.dirname(__file__), 'trace_cases.py')).read())

os.makedirs(OUT, exist_ok=True)
ONLY = set(sys.argv[1:])
for c in CASES:
    if ONLY and c[0] not in ONLY:
        continue
    make(*c)
    print('made', c[0])
