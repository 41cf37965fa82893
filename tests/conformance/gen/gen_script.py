"""Generates script-mode conformance cases (../../../../shared/conformance/FORMAT.md) with PyTorch 1.13.

Run: /usr/bin/python3 tests/conformance/gen/gen_script.py [NAME ...]  (writes tests/conformance/script/s_*.json)
Each program is compiled with torch.jit.script; runs, graphs and errors are what PyTorch produced.
"""
import copy
import importlib.util
import json
import math
import os
import re
import sys
import tempfile

import torch

from gen_script_cases import CASES
import gen_script_cases_docs  # noqa: F401  (appends its cases to CASES)
import gen_script_cases_s2  # noqa: F401  (appends its cases to CASES)

HEADER = """import torch
import torch.nn as nn
import torch.nn.functional as F
from typing import List, Dict, Optional, Tuple
import math

"""

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'script')


def enc_float(f):
    if math.isnan(f):
        return 'nan'
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


def enc_tensor_item(v):
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if math.isinf(v):
            return 'inf' if v > 0 else '-inf'
    return v


def encode(v):
    if v is None:
        return None
    if isinstance(v, torch.Tensor):
        t = v.detach()
        return {'tensor': {'dtype': str(t.dtype).replace('torch.', ''), 'shape': list(t.shape),
                           'data': [enc_tensor_item(x) for x in t.flatten().tolist()]}}
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': v}
    if isinstance(v, float):
        return {'float': enc_float(v)}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, list):
        return {'list': [encode(x) for x in v]}
    if isinstance(v, tuple):
        return {'tuple': [encode(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[encode(k), encode(x)] for k, x in v.items()]}
    raise TypeError(f'cannot encode {type(v)}')


def node_kinds(graph):
    counts = {}

    def walk(block):
        for n in block.nodes():
            counts[n.kind()] = counts.get(n.kind(), 0) + 1
            for b in n.blocks():
                walk(b)
    walk(graph)
    return dict(sorted(counts.items()))


def load(name, source, tmp):
    path = os.path.join(tmp, f'{name}.py')
    with open(path, 'w') as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(f'case_{name}', path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def error_of(name, e):
    text = re.sub(r'File "[^"]*/', 'File "', str(e))
    # The line of the last range PyTorch highlights for the error itself ("and was used here"), not of its call stack.
    own = text.split('is being compiled since')[0]
    lines = re.findall(r'File "%s\.py", line (\d+)' % re.escape(name), own)
    first = next((l for l in text.split('\n') if l.strip()), '')
    return ({'line': int(lines[-1]), 'message': first.strip()} if lines else None), text


def make(case, tmp):
    name = case['name']
    source = HEADER + case['source'].strip('\n') + '\n'
    out = {'name': name, 'description': case.get('description', ''), 'source': source, 'mode': 'script',
           'entry': case['entry']}
    if 'method' in case:
        out['method'] = case['method']
    mod = load(name, source, tmp)
    obj = getattr(mod, case['entry'])
    is_module = isinstance(obj, type) and issubclass(obj, torch.nn.Module)
    init_args = case.get('init_args', [])
    if init_args:
        out['init_args'] = [encode(a) for a in init_args]
    torch.manual_seed(0)
    target = obj
    if is_module:
        target = obj(*init_args)
        target.eval()
        out['params'] = {k: encode(v) for k, v in target.state_dict().items()}
    try:
        scripted = torch.jit.script(target)
    except Exception as e:  # rejected program
        err, text = error_of(name, e)
        assert err is not None, f'{name}: no line in error:\n{text}'
        assert 'error_line' not in case or case['error_line'] == err['line'], f'{name}: line {err["line"]}\n{text}'
        out['error'] = err
        out['torch_error'] = text
        return out
    assert not case.get('expect_error'), f'{name}: compiled but an error was expected'
    fn = getattr(scripted, case['method']) if 'method' in case else scripted
    graph = fn.graph
    out['graph'] = str(graph)
    out['code'] = fn.code
    out['node_kinds'] = node_kinds(graph)
    if is_module:
        inlined = graph.copy()
        torch._C._jit_pass_inline(inlined)
        out['inlined_node_kinds'] = node_kinds(inlined)
    out['warnings'] = []
    runs = []
    torch.manual_seed(1)
    for inputs in case['runs']():
        encoded = [encode(x) for x in inputs]
        try:
            with torch.no_grad():
                result = fn(*copy.deepcopy(inputs))
            runs.append({'inputs': encoded, 'output': encode(result)})
        except Exception as e:
            kind = type(e).__name__
            if isinstance(e, torch.jit.Error):
                m = re.search(r'builtins\.(\w+)', str(e))
                kind = m.group(1) if m else 'RuntimeError'
            runs.append({'inputs': encoded, 'raises': kind})
    out['runs'] = runs
    return out


def main():
    only = set(sys.argv[1:])  # optional case names: regenerate just these
    os.makedirs(OUT, exist_ok=True)
    names = set()
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            assert case['name'].startswith('s_') and case['name'] not in names, case['name']
            names.add(case['name'])
            if only and case['name'] not in only:
                continue
            out = make(case, tmp)
            with open(os.path.join(OUT, case['name'] + '.json'), 'w') as f:
                json.dump(out, f, indent=1)
                f.write('\n')
            print(case['name'], 'error line %d' % out['error']['line'] if 'error' in out else 'ok')
    print(len(names), 'cases')


if __name__ == '__main__':
    main()
