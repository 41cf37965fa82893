"""Session 2 programs for gen_script.py, in the style of PyTorch's TorchScript language reference
and tutorials: compile errors with their line, control flow with exits, container and string
methods, refinement, NamedTuple, export/ignore/unused, module attributes and containers, nn
modules in eval, context managers, script classes, arithmetic edge cases and runs that raise.
"""
from gen_script_cases import CASES, case, err, N, R, I

import torch


def err_any(name, entry, source):
    CASES.append(dict(name=name, entry=entry, source=source, runs=lambda: [], expect_error=True))


# ---- compile errors --------------------------------------------------------------------------
err_any('s_s2_err_if_branch_types', 'f', '''
def f(x: int) -> int:
    if x > 0:
        y = 1
    else:
        y = "neg"
    return y
''')

err_any('s_s2_err_empty_dict', 'f', '''
def f(n: int) -> int:
    d = {}
    d["a"] = n
    return d["a"]
''')

err_any('s_s2_err_undefined_method', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.helper(x)
''')

err_any('s_s2_err_tensor_bad_method', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    y = x.relu()
    return y.not_a_method()
''')

err_any('s_s2_err_return_mismatch', 'f', '''
def f(x: int) -> str:
    if x > 0:
        return "pos"
    return x
''')

err_any('s_s2_err_optional_add', 'f', '''
def f(x: Optional[int]) -> int:
    y = x + 1
    return y
''')

err_any('s_s2_err_tuple_unpack_count', 'f', '''
def f(t: Tuple[int, int, int]) -> int:
    a, b = t
    return a + b
''')

err_any('s_s2_err_del_stmt_var', 'f', '''
def f(x: int) -> int:
    y = x
    del y
    return y
''')

err_any('s_s2_err_with_non_ctx', 'f', '''
def f(x: int) -> int:
    with x:
        y = x + 1
    return y
''')

err_any('s_s2_err_list_str_int', 'f', '''
def f(xs: List[int]) -> List[int]:
    xs.append("a")
    return xs
''')

err_any('s_s2_err_dict_key_type', 'f', '''
def f(d: Dict[str, int]) -> int:
    return d[1]
''')

err_any('s_s2_err_yield', 'f', '''
def f(n: int) -> int:
    for i in range(n):
        yield i
    return n
''')

err_any('s_s2_err_string_mul_float', 'f', '''
def f(s: str) -> str:
    return s * 2.5
''')

err_any('s_s2_err_call_arg_count', 'f', '''
def g(a: int, b: int) -> int:
    return a + b

def f(x: int) -> int:
    return g(x)
''')

err_any('s_s2_err_nonlocal_attr_assign', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.count = 0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.count = "x"
        return x
''')

err_any('s_s2_err_star_expr', 'f', '''
def f(xs: List[int]) -> int:
    a, *rest = xs
    return a
''')

# ---- control flow with exits -----------------------------------------------------------------
case('s_s2_early_return_chain', 'f', '''
def f(x: int, y: int) -> int:
    if x < 0:
        return -1
    for i in range(y):
        if i * x > 20:
            return i
        if i == 7:
            break
    while x > 100:
        x = x // 2
        if x % 2 == 1:
            return x
    return x + y
''', lambda: [[-5, 3], [3, 10], [1, 10], [0, 4], [400, 0], [1000, 0]])

case('s_s2_nested_continue_break', 'f', '''
def f(rows: List[List[int]]) -> List[int]:
    out: List[int] = []
    for row in rows:
        if len(row) == 0:
            continue
        s = 0
        for v in row:
            if v < 0:
                break
            if v % 2 == 0:
                continue
            s += v
        out.append(s)
    return out
''', lambda: [[[[1, 2, 3], [], [5, -1, 7], [9, 11]]], [[]]])

case('s_s2_while_true_break', 'f', '''
def f(n: int) -> Tuple[int, int]:
    i = 0
    acc = 1
    while True:
        i += 1
        acc = acc * 3 % 1000
        if acc > n or i >= 50:
            break
    return i, acc
''', lambda: [[10], [500], [2000]])

# ---- containers and strings ------------------------------------------------------------------
case('s_s2_list_methods_more', 'f', '''
def f(xs: List[int]) -> Tuple[List[int], int, int, int]:
    ys = xs.copy()
    ys.insert(0, 42)
    ys.extend([7, 7])
    ys.remove(7)
    popped = ys.pop()
    ys.reverse()
    c = ys.count(7)
    idx = ys.index(42)
    ys.sort()
    return ys, popped, c, idx
''', lambda: [[[3, 1, 2]], [[7, 0]]])

case('s_s2_list_slices_negative', 'f', '''
def f(xs: List[int]) -> Tuple[List[int], List[int], List[int], int]:
    return xs[-3:], xs[:-1], xs[::2], xs[-1]
''', lambda: [[[1, 2, 3, 4, 5]], [[9]]])

case('s_s2_dict_methods_more', 'f', '''
def f(keys: List[str], vals: List[int]) -> Tuple[Dict[str, int], List[str], int, int]:
    d: Dict[str, int] = {}
    for k, v in zip(keys, vals):
        d[k] = d.get(k, 0) + v
    d.setdefault("z", 100)
    p = d.pop("z")
    total = 0
    for k, v in d.items():
        total += v * len(k)
    ks = list(d.keys())
    return d, ks, p, total
''', lambda: [[["a", "bb", "a"], [1, 2, 3]], [[], []]])

case('s_s2_tuple_ops', 'f', '''
def f(a: int, b: float) -> Tuple[Tuple[int, float], int, float, bool]:
    t = (a, b)
    u = t + (3,)
    x, y, z = u
    return t, x + z, y * 2.0, a in [1, 2, 3]
''', lambda: [[1, 2.5], [7, -1.0]])

case('s_s2_str_methods_more', 'f', '''
def f(s: str) -> Tuple[List[str], str, str, bool, int, str]:
    parts = s.strip().split(",")
    joined = "-".join(parts)
    up = s.upper().replace("A", "4")
    return parts, joined, up, s.startswith(" a"), s.find("b"), s.lstrip().rstrip()
''', lambda: [[" a,b,c "], ["xyz"]])

case('s_s2_str_find_ranges', 'f', '''
def f(s: str, sub: str) -> Tuple[int, int, int, int, int]:
    return s.find(sub, 1), s.find(sub, 0, 3), s.rfind(sub), s.count(sub), s.index(sub)
''', lambda: [["abcabcabc", "bc"], ["aaaa", "a"]])

case('s_s2_fstring_format', 'f', '''
def f(name: str, n: int, x: float) -> List[str]:
    a = f"{name}:{n}"
    b = "{} has {} items".format(name, n)
    c = "{}|{}".format(x, n + 1)
    return [a, b, c, f"{name}{name}", str(x) + str(n)]
''', lambda: [["w", 3, 1.5], ["", -2, 0.1]])

case('s_s2_list_comprehension_more', 'f', '''
def f(xs: List[int], t: torch.Tensor) -> Tuple[List[int], List[float], List[torch.Tensor]]:
    sq = [x * x for x in xs]
    halves = [float(x) / 2 for x in range(len(xs))]
    rows = [t[i] * i for i in range(t.size(0))]
    return sq, halves, rows
''', lambda: [[[1, -2, 3], R(2, 2)]])

case('s_s2_enumerate_zip_range', 'f', '''
def f(a: List[int], b: List[str]) -> List[str]:
    out: List[str] = []
    for i, (x, y) in enumerate(zip(a, b)):
        out.append(str(i) + y * x)
    for j in range(10, 0, -3):
        out.append(str(j))
    for k, v in enumerate(b, 5):
        out.append(v + str(k))
    return out
''', lambda: [[[1, 2, 3], ["a", "b"]]])

# ---- refinement ------------------------------------------------------------------------------
case('s_s2_optional_refine_more', 'f', '''
def f(x: Optional[torch.Tensor], n: Optional[int], xs: Optional[List[int]]) -> torch.Tensor:
    if x is None:
        x = torch.zeros(2)
    k = 1 if n is None else n
    if xs is not None and len(xs) > 0:
        k = k + xs[0]
    assert x is not None
    return x * k
''', lambda: [[None, None, None], [R(2), 3, [4]], [R(2), None, []]])

case('s_s2_isinstance_refine', 'f', '''
from typing import Union

def f(x: Union[int, float, str, List[int]]) -> str:
    if isinstance(x, int):
        return "int " + str(x * 2)
    elif isinstance(x, float):
        return "float " + str(x / 2)
    elif isinstance(x, str):
        return "str " + x
    else:
        return "list " + str(len(x))
''', lambda: [[3], [3.0], ["s"], [[1, 2]]])

case('s_s2_namedtuple_module', 'M', '''
from typing import NamedTuple

class Out(NamedTuple):
    y: torch.Tensor
    norm: float
    tag: str

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 2)

    def forward(self, x: torch.Tensor) -> Out:
        y = self.lin(x)
        o = Out(y, float(y.norm()), "ok")
        return Out(o.y.relu(), o.norm, o.tag + "!")
''', lambda: [[R(2, 3)]])

# ---- module features -------------------------------------------------------------------------
case('s_s2_export_ignore_unused', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    @torch.jit.ignore
    def debug(self, x: torch.Tensor) -> None:
        print(x)

    @torch.jit.unused
    def never(self, x: torch.Tensor) -> torch.Tensor:
        import numpy
        return x

    @torch.jit.export
    def double(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.scale

    def forward(self, x: torch.Tensor, flag: bool) -> torch.Tensor:
        if flag:
            return self.never(x)
        return self.double(x) + 1
''', lambda: [[R(3), False], [R(3), True]])

case('s_s2_constants_final', 'M', '''
from typing import Final

class M(nn.Module):
    __constants__ = ['mode', 'dims']
    eps: Final[float]

    def __init__(self):
        super().__init__()
        self.mode = "sum"
        self.dims = [0, 1]
        self.eps = 1e-3

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.mode == "sum":
            x = x.sum(self.dims[0])
        return x + self.eps
''', lambda: [[R(2, 3)]])

case('s_s2_module_attr_types', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.i = 3
        self.f = 0.5
        self.b = True
        self.s = "abc"
        self.li = [1, 2, 3]
        self.ls = ["x", "y"]
        self.d = {"a": 1, "b": 2}
        self.t = (1, "two")
        self.o: Optional[int] = None
        self.w = nn.Parameter(torch.ones(2))
        self.register_buffer("buf", torch.arange(2.0))

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, str, int]:
        n = self.i + len(self.li) + self.d["b"] + self.t[0]
        if self.b and self.o is None:
            n += 1
        y = x * self.f + self.w + self.buf
        return y, self.s + self.ls[1] + self.t[1], n
''', lambda: [[R(2)]])

case('s_s2_module_mutable_attr', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.calls = 0
        self.history: List[int] = []

    def forward(self, x: int) -> Tuple[int, List[int]]:
        self.calls += 1
        self.history.append(x)
        return self.calls, self.history
''', lambda: [[5], [6]])

case('s_s2_modulelist_zip', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
        self.norms = nn.ModuleList([nn.LayerNorm(4) for _ in range(3)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for i, layer in enumerate(self.layers):
            x = x + layer(x) * (i + 1)
        for norm in self.norms:
            x = norm(x)
        return x
''', lambda: [[R(2, 4)]])

case('s_s2_moduledict_items', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.acts = nn.ModuleDict({"relu": nn.ReLU(), "tanh": nn.Tanh(), "sig": nn.Sigmoid()})

    def forward(self, x: torch.Tensor) -> List[torch.Tensor]:
        out: List[torch.Tensor] = []
        for name, act in self.acts.items():
            out.append(act(x))
        for act in self.acts.values():
            x = act(x)
        out.append(x)
        return out
''', lambda: [[N(3)]])

case('s_s2_sequential_nested', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.BatchNorm2d(2), nn.ReLU(),
                                  nn.Sequential(nn.MaxPool2d(2), nn.Dropout(0.5)))
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x))
''', lambda: [[R(2, 1, 4, 4)]])

case('s_s2_lstm_embedding', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4)
        self.lstm = nn.LSTM(4, 3, batch_first=True)

    def forward(self, ids: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        e = self.emb(ids)
        out, (h, c) = self.lstm(e)
        return out, h + c
''', lambda: [[I(0, 10, 2, 5)]])

case('s_s2_gru_cell_loop', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(3, 4)

    def forward(self, xs: torch.Tensor) -> torch.Tensor:
        h = torch.zeros(xs.size(1), 4)
        for t in range(xs.size(0)):
            h = self.cell(xs[t], h)
        return h
''', lambda: [[R(3, 2, 3)]])

# ---- arithmetic and conversions --------------------------------------------------------------
case('s_s2_int_arith_edges', 'f', '''
def f(a: int, b: int) -> List[int]:
    return [a // b, a % b, -a // b, -a % b, a ** 2, abs(a - b), a << 2, a >> 1, min(a, b), max(a, b)]
''', lambda: [[7, 2], [-7, 3], [7, -3], [0, 5]])

case('s_s2_float_arith_edges', 'f', '''
def f(a: float, b: float) -> List[float]:
    return [a // b, a % b, a ** b, -a % b, round(a), math.floor(a), math.fmod(a, b), a / b]
''', lambda: [[7.5, 2.0], [-7.5, 2.0], [2.0, 0.5]])

case('s_s2_conversions', 'f', '''
def f(s: str, x: float, n: int, t: torch.Tensor) -> Tuple[int, float, bool, bool, int, float, str]:
    return int(s), float(n), bool(n), bool(x), int(x), float(t.sum()), str(bool(0))
''', lambda: [["12", 2.7, 0, R(3)], ["-4", -2.7, 5, R(2)]])

case('s_s2_pow_mixed', 'f', '''
def f(a: int, b: int, x: float) -> Tuple[float, float, int, float]:
    return a ** -1, x ** a, a ** b, math.pow(x, 2.0)
''', lambda: [[2, 3, 1.5], [-3, 2, 0.5]])

case('s_s2_math_module_more', 'f', '''
def f(x: float) -> List[float]:
    return [math.sqrt(abs(x)), math.exp(x), math.log(abs(x) + 1.0), math.sin(x), math.atan2(x, 1.0),
            math.pi * x, math.e, float(math.ceil(x)), math.copysign(1.0, x), math.degrees(x)]
''', lambda: [[0.5], [-2.25]])

case('s_s2_annotate_containers', 'f', '''
def f(n: int) -> Tuple[List[int], Dict[str, List[int]], Optional[int]]:
    xs = torch.jit.annotate(List[int], [])
    d = torch.jit.annotate(Dict[str, List[int]], {})
    best = torch.jit.annotate(Optional[int], None)
    for i in range(n):
        xs.append(i)
        d[str(i)] = xs[:i]
        if i % 2 == 1:
            best = i
    return xs, d, best
''', lambda: [[0], [4]])

# ---- raising runs ----------------------------------------------------------------------------
case('s_s2_raise_runs', 'f', '''
def f(x: int, xs: List[int]) -> int:
    if x < 0:
        raise ValueError("negative: " + str(x))
    if x > 100:
        raise RuntimeError(f"too big {x}")
    assert x != 13, "unlucky"
    return xs[x]
''', lambda: [[1, [5, 6]], [-1, [1]], [101, [1]], [13, [1]], [5, [1, 2]]])

case('s_s2_dict_missing_key', 'f', '''
def f(d: Dict[str, int], k: str) -> int:
    return d[k] * 2
''', lambda: [[{"a": 1}, "a"], [{"a": 1}, "b"]])

# ---- known gaps ------------------------------------------------------------------------------
case('s_s2_return_inside_with', 'f', '''
def f(x: torch.Tensor, flag: bool) -> torch.Tensor:
    y = x
    with torch.no_grad():
        if flag:
            return x * 2
        else:
            y = x + 1
    return y
''', lambda: [[R(2), True], [R(2), False]])

case('s_s2_return_inside_with_plain', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        return x * 2
''', lambda: [[R(2)]])

case('s_s2_return_inside_with_if', 'f', '''
def f(x: torch.Tensor, flag: bool) -> torch.Tensor:
    with torch.no_grad():
        if flag:
            return x * 2
    return x + 1
''', lambda: [[R(2), True], [R(2), False]])

case('s_s2_user_context_manager', 'f', '''
from typing import Any

@torch.jit.script
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1

    def __exit__(self, type: Any, value: Any, tb: Any):
        self.exited += 1

def f(x: int) -> Tuple[int, int, int]:
    c = Counter()
    y = x
    with c:
        y = y * 2
    with c:
        y = y + 1
    return y, c.entered, c.exited
''', lambda: [[3]])

case('s_s2_class_values_in_containers', 'f', '''
@torch.jit.script
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

def f(n: int) -> Tuple[int, int]:
    pts: List[Point] = []
    named: Dict[str, Point] = {}
    for i in range(n):
        p = Point(i, -2 * i)
        pts.append(p)
        named[str(i)] = p
    total = 0
    for p in pts:
        total += p.norm1()
    return total, named[str(n - 1)].y
''', lambda: [[3], [1]])

case('s_s2_class_staticmethod', 'f', '''
@torch.jit.script
class Ops:
    def __init__(self, k: int):
        self.k = k

    @staticmethod
    def twice(v: int) -> int:
        return v * 2

    def apply(self, v: int) -> int:
        return v + self.k

def f(x: int) -> int:
    o = Ops(10)
    return o.apply(x) + Ops.twice(x)
''', lambda: [[1], [-4]])

case('s_s2_scripted_child_in_sequential', 'M', '''
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.drop = nn.Dropout(0.9)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.drop(torch.relu(self.lin(x)))

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq = nn.Sequential(torch.jit.script(Block()), nn.Linear(3, 2))
        self.blocks = nn.ModuleList([torch.jit.script(Block()), Block()])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for b in self.blocks:
            x = b(x)
        return self.seq(x)
''', lambda: [[R(2, 3)]])

case('s_s2_scripted_child_training_flag', 'M', '''
class Child(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            return x * 0
        return x + 1

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.child = torch.jit.script(Child())

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, bool]:
        return self.child(x), self.training
''', lambda: [[R(2)]])

case('s_s2_int_arith_ok', 'f', '''
def f(a: int, b: int) -> Tuple[int, int, int, int, float, int, int, int, int]:
    return a // b, a % b, -a // b, -a % b, a ** 2, abs(a - b), a << 2, a >> 1, min(a, b) * max(a, b)
''', lambda: [[7, 2], [-7, 3], [7, -3], [0, 5]])

case('s_s2_float_arith_ok', 'f', '''
def f(a: float, b: float) -> Tuple[float, float, float, float, float, int, float, float]:
    return a // b, a % b, a ** b, -a % b, round(a), math.floor(a), math.fmod(a, b), a / b
''', lambda: [[7.5, 2.0], [-7.5, 2.0], [2.0, 0.5], [2.5, -1.5]])

case('s_s2_pow_ok', 'f', '''
def f(a: int, b: int, x: float) -> Tuple[float, float, float, float, int]:
    return a ** -1, x ** a, a ** b, math.pow(x, 2.0), int(x ** 2)
''', lambda: [[2, 3, 1.5], [-3, 2, 0.5]])

case('s_s2_module_mutable_attr_ok', 'M', '''
class M(nn.Module):
    history: List[int]

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.history = []

    def forward(self, x: int) -> Tuple[int, List[int]]:
        self.calls += 1
        self.history.append(x)
        return self.calls, self.history
''', lambda: [[5], [6]])


# ---- batch 2: more errors ---------------------------------------------------------------------
err_any('s_s2_err_optional_return', 'f', '''
def f(x: Optional[int]) -> int:
    return x
''')

err_any('s_s2_err_iterate_int', 'f', '''
def f(n: int) -> int:
    total = 0
    for i in n:
        total += i
    return total
''')

err_any('s_s2_err_subscript_int', 'f', '''
def f(n: int) -> int:
    return n[0]
''')

err_any('s_s2_err_tuple_index_range', 'f', '''
def f(t: Tuple[int, int]) -> int:
    return t[2]
''')

err_any('s_s2_err_nested_def', 'f', '''
def f(x: int) -> int:
    def g(y: int) -> int:
        return y + 1
    return g(x)
''')

err_any('s_s2_err_recursion', 'fact', '''
def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)
''')

err_any('s_s2_err_str_item_assign', 'f', '''
def f(s: str) -> str:
    s[0] = "a"
    return s
''')

err_any('s_s2_err_bad_kwarg', 'f', '''
def g(a: int, b: int = 2) -> int:
    return a * b

def f(x: int) -> int:
    return g(x, c=3)
''')

err_any('s_s2_err_none_attr', 'f', '''
def f(x: Optional[torch.Tensor]) -> int:
    return x.dim()
''')

err_any('s_s2_err_list_of_optional_append', 'f', '''
def f(n: int) -> List[int]:
    xs: List[int] = []
    v: Optional[int] = None
    if n > 0:
        v = n
    xs.append(v)
    return xs
''')

err_any('s_s2_err_submodule_missing_method', 'M', '''
class Sub(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = Sub()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.sub.missing(x)
''')

case('s_s2_len_int', 'f', '''
def f(n: int) -> int:
    return len(n)
''', lambda: [[3]])

err_any('s_s2_err_class_attr_outside_init', 'f', '''
class Box:
    def __init__(self, v: int):
        self.v = v

    def set_other(self, w: int):
        self.w = w

def f(x: int) -> int:
    b = Box(x)
    b.set_other(2)
    return b.v
''')

# ---- batch 2: runs ---------------------------------------------------------------------------
case('s_s2_list_builtins', 'f', '''
def f(xs: List[int], fs: List[float]) -> Tuple[int, int, int, bool, bool, float, List[int], List[int]]:
    return max(xs), min(xs), sum(xs), any([x > 2 for x in xs]), all([x > 0 for x in xs]), max(fs), sorted(xs), [0] * 3
''', lambda: [[[3, 1, 2], [0.5, -1.5]], [[-4, 7], [2.0]]])

case('s_s2_list_range_reversed', 'f', '''
def f(n: int) -> Tuple[List[int], List[int], List[int]]:
    a = list(range(n))
    b: List[int] = []
    for v in reversed(a):
        b.append(v * 2)
    a.clear()
    return a, b, [i for i in range(n, 0, -2)]
''', lambda: [[0], [5]])

case('s_s2_str_more_methods', 'f', '''
def f(s: str) -> Tuple[str, str, str, List[str], str, bool, bool]:
    return s.zfill(6), s.title(), s.capitalize(), s.split(" ", 1), s.swapcase(), s.endswith("d"), s.isidentifier()
''', lambda: [["hello world"], ["a"]])

case('s_s2_percent_format', 'f', '''
def f(n: int, x: float, s: str) -> str:
    return "%d items of %s at %f" % (n, s, x)
''', lambda: [[3, 1.5, "apples"]])

case('s_s2_ord_chr_divmod', 'f', '''
def f(s: str, n: int) -> Tuple[List[int], str, Tuple[int, int], Tuple[float, float]]:
    codes = [ord(c) for c in s]
    return codes, chr(n), divmod(n, 7), divmod(float(n), 2.5)
''', lambda: [["ab", 100], ["", 65]])

case('s_s2_float_specials', 'f', '''
def f(x: float) -> Tuple[bool, bool, bool, float, float, bool]:
    inf = float("inf")
    return math.isnan(x), math.isinf(x), x < inf, min(x, inf), max(-inf, x), x == inf
''', lambda: [[1.5], [float('nan')], [float('inf')]])

case('s_s2_global_constants', 'f', '''
SCALE = 2.5
OFFSET = 3
NAMES = ["a", "b"]

def f(x: torch.Tensor, i: int) -> Tuple[torch.Tensor, str]:
    return x * SCALE + OFFSET, NAMES[i]
''', lambda: [[R(2), 0], [R(2), 1]])

case('s_s2_tensor_methods_mix', 'f', '''
def f(x: torch.Tensor) -> Tuple[int, int, List[int], float, List[float], torch.Tensor, torch.Tensor]:
    y = x.view(-1)
    return x.dim(), x.numel(), list(x.shape), y[0].item(), y.tolist(), x.float().long(), x.to(torch.float64).sum(1)
''', lambda: [[N(2, 3) * 4]])

case('s_s2_tensor_while_cond', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    steps = 0
    while bool(x.abs().sum() > 1.0) and steps < 20:
        x = x * 0.5
        steps += 1
    return x, steps
''', lambda: [[N(4) * 3], [torch.zeros(2)]])

case('s_s2_stack_list_tensors', 'f', '''
def f(x: torch.Tensor, n: int) -> torch.Tensor:
    parts = torch.jit.annotate(List[torch.Tensor], [])
    for i in range(n):
        parts.append(x * i)
    if len(parts) == 0:
        return torch.zeros(0)
    return torch.stack(parts, 0).sum(0) + torch.cat(parts).mean()
''', lambda: [[R(3), 3], [R(3), 0]])

case('s_s2_optional_return', 'find', '''
def find(xs: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
''', lambda: [[[4, 5, 6], 5], [[1], 9], [[], 0]])

case('s_s2_union_return', 'f', '''
from typing import Union

def f(x: int) -> Union[int, str]:
    if x > 0:
        return x * 2
    return "neg"
''', lambda: [[3], [-1]])

case('s_s2_script_fn_from_module', 'M', '''
@torch.jit.script
def scale(x: torch.Tensor, k: float) -> torch.Tensor:
    return x * k

def shift(x: torch.Tensor) -> torch.Tensor:
    return x + 1

class M(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return shift(scale(x, 3.0))
''', lambda: [[R(2)]])

case('s_s2_namedtuple_defaults', 'f', '''
from typing import NamedTuple

class Config(NamedTuple):
    width: int
    depth: int = 2
    name: str = "net"

def f(w: int) -> Tuple[int, int, str]:
    c = Config(w)
    d = Config(w, 5, "big")
    return c.width * c.depth, d.depth, c.name + d.name
''', lambda: [[3]])

case('s_s2_modulelist_index_len', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 2)])
        self.seq = nn.Sequential(nn.Linear(2, 2), nn.Tanh())

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, int]:
        x = self.layers[0](x)
        x = self.layers[1](x)
        x = self.layers[2](x)
        x = self.seq[0](x)
        return self.seq[1](x), len(self.layers)
''', lambda: [[R(2, 3)]])

case('s_s2_nn_activations', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.gelu = nn.GELU()
        self.soft = nn.Softmax(dim=1)
        self.ident = nn.Identity()
        self.lrelu = nn.LeakyReLU(0.2)
        self.elu = nn.ELU()
        self.flat = nn.Flatten(1)

    def forward(self, x: torch.Tensor) -> List[torch.Tensor]:
        return [self.gelu(x), self.soft(x), self.ident(x), self.lrelu(x), self.elu(x), self.flat(x.unsqueeze(2))]
''', lambda: [[N(2, 3)]])

case('s_s2_bn1d_layernorm_eval', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(4)
        self.ln = nn.LayerNorm([4])
        self.drop = nn.Dropout(0.3)
        self.emb = nn.Embedding(6, 4, padding_idx=0)

    def forward(self, ids: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        return self.drop(self.ln(self.bn(x) + self.emb(ids)))
''', lambda: [[I(0, 6, 3), N(3, 4)]])

case('s_s2_script_class_magic', 'f', '''
@torch.jit.script
class Stack:
    def __init__(self):
        self.items: List[int] = []

    def push(self, v: int):
        self.items.append(v)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __contains__(self, v: int) -> bool:
        return v in self.items

def f(n: int) -> Tuple[int, int, bool, bool]:
    s = Stack()
    for i in range(n):
        s.push(i * i)
    return len(s), s[n - 1], 4 in s, 5 in s
''', lambda: [[3], [5]])

case('s_s2_dict_nested_update', 'f', '''
def f(words: List[str]) -> Dict[str, List[int]]:
    idx: Dict[str, List[int]] = {}
    for i, w in enumerate(words):
        if w not in idx:
            idx[w] = []
        idx[w].append(i)
    for k in list(idx.keys()):
        if len(idx[k]) == 1:
            del idx[k]
    return idx
''', lambda: [[["a", "b", "a", "c", "b", "a"]]])

case('s_s2_bool_int_float_mix', 'f', '''
def f(a: bool, b: int, c: float) -> Tuple[int, float, bool, int, float]:
    return int(a) + b, b * c, bool(b) and not a, b // 2 * 2, float(b) / 3
''', lambda: [[True, 5, 0.5], [False, -3, 2.0]])

case('s_s2_raise_in_loop', 'f', '''
def f(xs: List[int]) -> int:
    total = 0
    for x in xs:
        if x < 0:
            raise ValueError("negative value")
        total += x
    return total
''', lambda: [[[1, 2]], [[1, -2, 3]]])

case('s_s2_index_errors', 'f', '''
def f(xs: List[int], i: int) -> int:
    return xs[i]
''', lambda: [[[1, 2], 1], [[1, 2], -3], [[1, 2], 2]])

case('s_s2_int_div_zero', 'f', '''
def f(a: int, b: int) -> Tuple[int, float]:
    return a // b, a / b
''', lambda: [[3, 2], [3, 0]])

case('s_s2_percent_format_more', 'f', '''
def f(n: int, x: float, s: str, l: List[int]) -> List[str]:
    return ["%d|%i|%f|%s" % (n, n, x, s), "%e" % x, "%s" % x, "%s" % l, "%d" % x, "100%%" % (), "%s" % n, "%f" % n,
            "%E and %F" % (x, x), "%s %s" % (True, None)]
''', lambda: [[3, 1.5, "ab", [1, 2]], [-7, 0.1, "", []], [65, 1234567.891, "x", [3]], [0, 1e-7, "y", [0]], [66, -2.5, "z", [1]]])

case('s_s2_percent_format_bad', 'f', '''
def f(x: float) -> str:
    return "%g" % x
''', lambda: [[2.5]])


# ---- batch 3 ---------------------------------------------------------------------------------
err_any('s_s2_err_missing_return_path', 'f', '''
def f(x: int) -> int:
    if x > 0:
        return 1
''')

err_any('s_s2_err_tuple_item_assign', 'f', '''
def f(t: Tuple[int, int]) -> Tuple[int, int]:
    t[0] = 1
    return t
''')

err_any('s_s2_err_annotate_mismatch', 'f', '''
def f(x: int) -> List[int]:
    xs = torch.jit.annotate(List[int], [1.0])
    return xs
''')

err_any('s_s2_err_range_float', 'f', '''
def f(x: float) -> int:
    total = 0
    for i in range(x):
        total += i
    return total
''')

err_any('s_s2_err_int_plus_str', 'f', '''
def f(x: int, s: str) -> str:
    return x + s
''')

err_any('s_s2_err_print_kwargs', 'f', '''
def f(x: int) -> int:
    print(x, end="")
    return x
''')

err_any('s_s2_err_fstring_conversion', 'f', '''
def f(x: int) -> str:
    return f"{x!r}"
''')

err_any('s_s2_err_list_reassign_type', 'f', '''
def f(n: int) -> int:
    xs = [1, 2]
    if n > 0:
        xs = ["a"]
    return len(xs)
''')

case('s_s2_shape_unpack', 'f', '''
def f(x: torch.Tensor) -> Tuple[int, int, torch.Tensor]:
    b, c = x.shape
    h = x.size(1)
    y = x.reshape(c, b).contiguous()
    return b * h, c, y.t()
''', lambda: [[R(2, 3)]])

case('s_s2_for_tuple_targets', 'f', '''
def f(pairs: List[Tuple[int, str]]) -> Tuple[int, str]:
    total = 0
    text = ""
    for n, s in pairs:
        total += n
        text += s
    for c in text:
        if c == "b":
            total += 100
    return total, text
''', lambda: [[[(1, "a"), (2, "b")]], [[]]])

case('s_s2_defaults_kwargs', 'f', '''
def g(x: torch.Tensor, scale: float = 1.0, bias: Optional[torch.Tensor] = None, times: int = 1) -> torch.Tensor:
    for _ in range(times):
        x = x * scale
    if bias is not None:
        x = x + bias
    return x

def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [g(x), g(x, 2.0), g(x, times=3, scale=0.5), g(x, bias=x)]
''', lambda: [[R(3)]])

case('s_s2_tensor_creation_kwargs', 'f', '''
def f(n: int, x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.zeros(n, 2, dtype=torch.int64), torch.ones_like(x), torch.full([2], 3.5), torch.eye(n),
            torch.arange(0, n, 2, dtype=torch.float32), torch.empty(0).new_zeros([2, 2]), torch.zeros_like(x, dtype=torch.bool)]
''', lambda: [[3, R(2)]])

case('s_s2_tensor_bool_ops', 'f', '''
def f(x: torch.Tensor, y: torch.Tensor) -> Tuple[torch.Tensor, bool, bool, torch.Tensor, torch.Tensor]:
    m = (x > 0.5) & (y < 0.5)
    return m, bool(m.any()), bool((x >= 0).all()), torch.where(m, x, y), x[m]
''', lambda: [[R(5), R(5)]])

case('s_s2_buffer_update', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(1))
        self.register_buffer("running", torch.zeros(3))

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        self.count += 1
        self.running.mul_(0.9).add_(x * 0.1)
        return self.count.clone(), self.running.clone()
''', lambda: [[R(3)], [R(3)]])

case('s_s2_shared_submodule', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.other = self.lin

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.other(self.lin(x)) + self.lin(x)
''', lambda: [[R(2, 3)]])

case('s_s2_exported_only', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.k = 3

    @torch.jit.export
    def triple(self, x: int) -> int:
        return x * self.k

    @torch.jit.export
    def both(self, x: int) -> Tuple[int, int]:
        return self.triple(x), self.triple(x + 1)
''', lambda: [[2]], method='both')

case('s_s2_optional_annotate_none', 'f', '''
def f(x: torch.Tensor, n: int) -> torch.Tensor:
    acc = torch.jit.annotate(Optional[torch.Tensor], None)
    for i in range(n):
        if acc is None:
            acc = x * i
        else:
            acc = acc + x
    if acc is None:
        return torch.zeros_like(x)
    return acc
''', lambda: [[R(2), 0], [R(2), 3]])

case('s_s2_isinstance_tensor_list', 'f', '''
from typing import Union

def f(x: Union[torch.Tensor, List[torch.Tensor], int]) -> torch.Tensor:
    if isinstance(x, int):
        return torch.tensor([x])
    if isinstance(x, list):
        return torch.stack(x).sum(0)
    return x * 2
''', lambda: [[R(2)], [[R(2), R(2)]], [7]])

case('s_s2_assert_isinstance_refine', 'f', '''
from typing import Any

def f(x: Optional[List[int]], y: Optional[str]) -> int:
    assert x is not None, "x is required"
    n = len(x)
    if y is not None and len(y) > 0:
        n += len(y)
    return n
''', lambda: [[[1, 2], None], [[3], "ab"], [None, "a"]])

case('s_s2_int_keys_dict', 'f', '''
def f(xs: List[int]) -> Tuple[Dict[int, int], List[int], int]:
    counts: Dict[int, int] = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    keys = sorted(counts.keys())
    best = -1
    for k, v in counts.items():
        if v > 1 and k > best:
            best = k
    return counts, keys, best
''', lambda: [[[3, 1, 3, 2, 1, 3]], [[]]])

case('s_s2_string_split_join', 'f', '''
def f(s: str) -> Tuple[List[str], str, str, int]:
    words = s.split()
    caps = [w[0].upper() + w[1:] for w in words if len(w) > 0] if False else [w.upper() for w in words]
    return words, " ".join(caps), "-".join(reversed_words(words)), len(s.strip())

def reversed_words(words: List[str]) -> List[str]:
    out: List[str] = []
    for i in range(len(words) - 1, -1, -1):
        out.append(words[i])
    return out
''', lambda: [["  the quick  brown fox "], [""]])

case('s_s2_nested_module_calls', 'M', '''
class Inner(nn.Module):
    def __init__(self, k: int):
        super().__init__()
        self.k = k
        self.lin = nn.Linear(2, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for _ in range(self.k):
            x = torch.tanh(self.lin(x))
        return x

    @torch.jit.export
    def describe(self) -> str:
        return "inner" + str(self.k)

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Inner(1)
        self.b = Inner(2)

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, str]:
        return self.b(self.a(x)), self.a.describe() + self.b.describe()
''', lambda: [[R(3, 2)]])

case('s_s2_while_with_else_paths', 'f', '''
def f(n: int) -> List[int]:
    out: List[int] = []
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        elif i % 5 == 0:
            break
        else:
            out.append(i)
    return out
''', lambda: [[0], [4], [12]])


# ---- batch 4 ---------------------------------------------------------------------------------
err_any('s_s2_err_view_str', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    return x.view("a")
''')

err_any('s_s2_err_cat_tensor', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    return torch.cat(x, 0)
''')

err_any('s_s2_err_not_defined_false', 'f', '''
def f(x: int) -> int:
    if x > 0:
        y = 2
    return y
''')

err_any('s_s2_err_default_type', 'f', '''
def f(x: int = "a") -> int:
    return x
''')

case('s_s2_nested_comprehension', 'f', '''
def f(n: int) -> Tuple[List[List[int]], Dict[str, int], List[str]]:
    grid = [[i * j for j in range(3)] for i in range(n)]
    d = {str(k): v for k, v in enumerate([5, 6, 7])}
    names = [s.upper() for s in ["a", "b"]]
    return grid, d, names
''', lambda: [[0], [2]])

case('s_s2_str_slicing_steps', 'f', '''
def f(s: str) -> List[str]:
    return [s[::-1], s[1::2], s[-3:], s[:-2], s[2:1], s[::3]]
''', lambda: [["abcdefg"], [""], ["xy"]])

case('s_s2_tensor_index_none_ellipsis', 'f', '''
def f(x: torch.Tensor) -> List[torch.Tensor]:
    return [x[None], x[..., 0], x[:, None], x[1:, ::2], x[-1], x[0, 1:]]
''', lambda: [[N(3, 4)]])

case('s_s2_masked_fill_optional', 'M', '''
class M(nn.Module):
    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        if mask is not None:
            x = x.masked_fill(mask, 0.0)
        return F.softmax(x, dim=-1)
''', lambda: [[N(2, 3)], [N(2, 3), torch.tensor([[True, False, False], [False, False, True]])]])

case('s_s2_method_tuple_unpack', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)

    def split(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        y = self.lin(x)
        return y[:, :2], y[:, 2:]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, b = self.split(x)
        return a * torch.sigmoid(b)
''', lambda: [[R(3, 4)]])

case('s_s2_math_floor_ceil_round', 'f', '''
def f(x: float) -> Tuple[int, int, float, int, float]:
    return math.floor(x), math.ceil(x), round(x), int(x), math.trunc(x) * 1.0
''', lambda: [[2.5], [-2.5], [3.7], [-0.2]])

case('s_s2_hasattr_getattr', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 2.0
        self.name = "m"

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, str]:
        if hasattr(self, "scale"):
            x = x * getattr(self, "scale")
        if hasattr(self, "missing"):
            x = x + 1
        return x, getattr(self, "name")
''', lambda: [[R(2)]])

case('s_s2_functional_mix', 'f', '''
def f(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> List[torch.Tensor]:
    y = F.linear(x, w, b)
    return [F.relu(y), F.softmax(y, dim=1), F.log_softmax(y, 1), F.gelu(y), F.dropout(y, 0.5, False), F.normalize(y, dim=1)]
''', lambda: [[N(2, 3), N(4, 3), N(4)]])

case('s_s2_list_of_lists_mutation', 'f', '''
def f(n: int) -> List[List[int]]:
    rows: List[List[int]] = []
    for i in range(n):
        rows.append([i] * (i + 1))
    if n > 1:
        rows[1][0] = 99
        rows[0].extend([7, 8])
    return rows
''', lambda: [[0], [3]])

case('s_s2_tolist_annotated', 'f', '''
def f(x: torch.Tensor) -> Tuple[List[float], List[List[int]], float]:
    a = torch.jit.annotate(List[float], x.tolist())
    b = torch.jit.annotate(List[List[int]], (x * 10).long().view(2, -1).tolist())
    return a, b, sum(a)
''', lambda: [[torch.tensor([0.5, 1.5, -2.0, 4.0])]])


# ---- batch 5 ---------------------------------------------------------------------------------
err_any('s_s2_err_dict_mixed_values', 'f', '''
def f(x: int) -> Dict[str, int]:
    d = {"a": 1, "b": "two"}
    return d
''')

err_any('s_s2_err_append_two_args', 'f', '''
def f(xs: List[int]) -> List[int]:
    xs.append(1, 2)
    return xs
''')

err_any('s_s2_err_set_attr_module', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.tags = {"a", "b"}

    def forward(self, x: torch.Tensor) -> int:
        return len(self.tags)
''')

case('s_s2_dict_update_copy', 'f', '''
def f(a: Dict[str, int], b: Dict[str, int]) -> Tuple[Dict[str, int], Dict[str, int], bool, int]:
    c = a.copy()
    c.update(b)
    has = "z" in c
    a.clear()
    return c, a, has, len(c)
''', lambda: [[{"x": 1, "y": 2}, {"y": 5, "z": 6}]])

case('s_s2_str_replace_split_count', 'f', '''
def f(s: str) -> Tuple[str, List[str], int, str]:
    return s.replace("a", "A", 1), s.split(",", 1), s.count("a"), ",".join([p.strip() for p in s.split(",")])
''', lambda: [["a, b,a ,c"], ["none"]])

case('s_s2_tensor_scalar_conversions', 'f', '''
def f(x: torch.Tensor) -> Tuple[int, float, bool, int, List[int]]:
    return int(x.sum()), float(x.mean()), bool(x.max() > 0), x.argmax().item(), x.size()
''', lambda: [[torch.tensor([[1.0, -2.0], [3.5, 0.5]])]])

case('s_s2_chunk_split_iterate', 'f', '''
def f(x: torch.Tensor) -> Tuple[List[torch.Tensor], torch.Tensor]:
    parts = torch.chunk(x, 3, 0)
    acc = torch.zeros(x.size(1))
    for p in parts:
        acc = acc + p.sum(0)
    return list(torch.split(x, [1, 2], 0)), acc
''', lambda: [[R(3, 2)]])

case('s_s2_no_grad_return', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        y = x * 2
        for i in range(3):
            if i == 1:
                return y + i
    return y
''', lambda: [[R(2)]])

case('s_s2_assert_in_loop_fstring', 'f', '''
def f(xs: List[int]) -> int:
    total = 0
    for i, x in enumerate(xs):
        assert x >= 0, f"bad value {x} at {i}"
        total += x
    return total
''', lambda: [[[1, 2, 3]], [[1, -5]]])

case('s_s2_moduledict_key_index', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({"cls": nn.Linear(3, 2), "reg": nn.Linear(3, 1)})

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        return self.heads["cls"](x), self.heads["reg"](x)
''', lambda: [[R(4, 3)]])

case('s_s2_nested_raise_propagates', 'f', '''
def check(v: int) -> int:
    if v > 3:
        raise RuntimeError("too large")
    return v * 2

def f(xs: List[int]) -> int:
    s = 0
    for x in xs:
        s += check(x)
    return s
''', lambda: [[[1, 2]], [[1, 5]]])


# ---- batch 6 ---------------------------------------------------------------------------------
err_any('s_s2_err_union_unrefined', 'f', '''
from typing import Union

def f(x: Union[int, str]) -> int:
    return x + 1
''')

err_any('s_s2_err_class_missing_method', 'f', '''
class Acc:
    def __init__(self):
        self.total = 0

def f(n: int) -> int:
    a = Acc()
    a.add(n)
    return a.total
''')

case('s_s2_while_return_value', 'f', '''
def f(xs: List[int], target: int) -> int:
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return i
        i += 1
    return -1
''', lambda: [[[4, 5, 6], 6], [[4], 1], [[], 0]])

case('s_s2_for_else_free_break_flags', 'f', '''
def f(xs: List[int]) -> Tuple[bool, int]:
    found = False
    idx = -1
    for i in range(len(xs)):
        if xs[i] < 0:
            found = True
            idx = i
            break
    return found, idx
''', lambda: [[[1, -2, -3]], [[1, 2]]])

case('s_s2_optional_chain_defaults', 'f', '''
def pick(a: Optional[int], b: Optional[int], default: int = 0) -> int:
    if a is not None:
        return a
    elif b is not None:
        return b
    return default

def f(x: int) -> List[int]:
    return [pick(None, None), pick(x, None), pick(None, x + 1), pick(None, None, -5)]
''', lambda: [[3]])

case('s_s2_class_with_tensor_state', 'f', '''
class Running:
    def __init__(self, n: int):
        self.mean = torch.zeros(n)
        self.count = 0

    def update(self, x: torch.Tensor) -> None:
        self.count += 1
        self.mean = self.mean + (x - self.mean) / self.count

def f(xs: List[torch.Tensor]) -> Tuple[torch.Tensor, int]:
    r = Running(xs[0].size(0))
    for x in xs:
        r.update(x)
    return r.mean, r.count
''', lambda: [[[R(3), R(3), R(3)]]])

case('s_s2_string_compare_sort', 'f', '''
def f(words: List[str]) -> Tuple[List[str], str, bool]:
    ws = sorted(words)
    longest = ""
    for w in words:
        if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
            longest = w
    return ws, longest, "b" in words
''', lambda: [[["pear", "fig", "apple", "b"]], [[]]])
