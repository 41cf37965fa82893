# Generates oracle_cases.json: extra graphs with PyTorch 1.13's `.code` for the printer tests.
# Run: /usr/bin/python3 tests/golden/code/gen/oracle_cases.py (needs torch 1.13; output is committed).
import inspect, json, os, torch
from typing import List, Optional, Tuple

def raise_if_neg(x: int) -> int:
    if x < 0:
        raise ValueError("negative value")
    return x * 2

def while_cond(n: int) -> int:
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    return s

def printing(x: torch.Tensor, n: int) -> torch.Tensor:
    print("value", x, n)
    return x + n

def num_to_tensor(x: torch.Tensor) -> torch.Tensor:
    n = x.size(0)
    return torch.tensor(n) + x

def list_unpack(xs: List[int]) -> int:
    a, b = xs
    return a + b

def tuple_index(t: Tuple[int, float]) -> float:
    return t[1] + t[0]

def opt_default(x: Optional[int] = None) -> int:
    if x is None:
        return 0
    return x

def kwarg_call(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return torch.add(x, y, alpha=2) + torch.sum(x, dim=0, keepdim=True, dtype=torch.float64)

def empty_list(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        out.append(i * i)
    return out

def nested_loops(n: int) -> int:
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 2 == 0:
                total += i * j
            else:
                total -= 1
    return total

def int_float(x: float, n: int) -> Tuple[int, float, bool]:
    return int(x) + n, float(n) * x, bool(n)

def str_format(name: str, n: int) -> str:
    return f"{name}={n}"

def isinstance_check(x: Optional[torch.Tensor]) -> torch.Tensor:
    if isinstance(x, torch.Tensor):
        return x * 2
    return torch.zeros(1)

def long_expr(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.relu(torch.matmul(a, b.t())) + torch.sigmoid(torch.sum(a * b, dim=1, keepdim=True))

def early_return(x: int) -> int:
    for i in range(10):
        if i * x > 20:
            return i
    return -1

def no_grad_block(x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        y = x * w
    with torch.no_grad():
        pass
    return y.sum()

def raise_branch(x: int) -> int:
    if x > 0:
        y = x
    else:
        raise AssertionError("bad " + str(x))
    return y

FUNCS = [raise_if_neg, while_cond, printing, num_to_tensor, list_unpack, tuple_index, opt_default,
         kwarg_call, empty_list, nested_loops, int_float, str_format, long_expr,
         early_return, no_grad_block, raise_branch]

def enc(v):
    if v is None: return None
    if isinstance(v, torch.Tensor):
        dt = str(v.dtype).replace('torch.', '')
        data = [None if (isinstance(x, float) and x != x) else x for x in v.flatten().tolist()]
        return {'tensor': {'dtype': dt, 'shape': list(v.shape), 'data': data}}
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'int': v}
    if isinstance(v, float): return {'float': v}
    if isinstance(v, str): return {'str': v}
    if isinstance(v, list): return {'list': [enc(x) for x in v]}
    if isinstance(v, tuple): return {'tuple': [enc(x) for x in v]}
    raise TypeError(type(v))

g = torch.Generator().manual_seed(0)
T = lambda *shape: torch.rand(*shape, generator=g)
INPUTS = {
    'raise_if_neg': [(3,), (-1,)], 'while_cond': [(0,), (7,)], 'printing': [(T(2), 3)],
    'num_to_tensor': [(T(4),)], 'list_unpack': [([2, 5],), ([1, 2, 3],)], 'tuple_index': [((2, 0.5),)],
    'opt_default': [(None,), (4,)], 'kwarg_call': [(T(2, 3), T(2, 3))], 'empty_list': [(4,)],
    'nested_loops': [(6,)], 'int_float': [(2.7, 3), (-1.5, 0)], 'str_format': [('a', 3)],
    'long_expr': [(T(2, 3), T(2, 3))], 'early_return': [(3,), (0,)],
    'no_grad_block': [(T(2), T(2))], 'raise_branch': [(2,), (-1,)],
}

def runs_of(s, name):
    runs = []
    for args in INPUTS.get(name, []):
        try:
            runs.append({'inputs': [enc(a) for a in args], 'output': enc(s(*args))})
        except Exception as e:
            runs.append({'inputs': [enc(a) for a in args], 'raises': type(e).__name__})
    return runs

out = []
for f in FUNCS:
    s = torch.jit.script(f)
    defaults = [{'value': a.default_value} if a.has_default_value() else None for a in s.schema.arguments]
    out.append({'name': f.__name__, 'entry': f.__name__, 'method': None, 'functions': [], 'defaults': defaults,
                'graph': str(s.graph), 'code': s.code.lstrip('\n'), 'runs': runs_of(s, f.__name__)})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'oracle_cases.json'), 'w') as fh:
    json.dump(out, fh, indent=1)
print(len(out))
