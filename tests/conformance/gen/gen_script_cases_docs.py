"""More programs for gen_script.py: the examples of PyTorch's TorchScript Language Reference and
tutorials (Optional refinement, Union, NamedTuple, script classes, annotate, Final, unused,
torch.jit.isinstance, builtins, math, string methods, assert and raise) and the errors they show.
"""
from gen_script_cases import CASES, case, N, R

import torch


def err(name, entry, source, line=None):
    c = dict(name=name, entry=entry, source=source, runs=lambda: [], expect_error=True)
    if line is not None:
        c['error_line'] = line
    CASES.append(c)


# ---- types: Optional, Union, NamedTuple, classes, annotate ------------------------------------
case('s_doc_optional_refine', 'optional_unwrap', '''
def optional_unwrap(x: Optional[int], y: Optional[int]) -> int:
    if x is None:
        x = 1
    x = x + 1
    z: Optional[int] = y
    if z is not None:
        return x + z
    return x
''', lambda: [[None, None], [3, None], [None, 4], [2, 5]])

case('s_doc_optional_attr_refine', 'Module', '''
class Module(nn.Module):
    z: Optional[int]

    def __init__(self, z: Optional[int]):
        super().__init__()
        self.z = z

    def forward(self, x: Optional[int], y: Optional[int]) -> int:
        if x is None:
            x = 1
            x = x + 1
        z = self.z
        if y is not None and z is not None:
            x = y + z
        assert z is not None
        x += z
        return x
''', lambda: [[None, 2], [5, None], [7, 1]], init_args=[3])

case('s_doc_optional_tensor_arg', 'f', '''
def f(x: torch.Tensor, bias: Optional[torch.Tensor] = None, scale: float = 1.0) -> torch.Tensor:
    y = x * scale
    if bias is not None:
        y = y + bias
    return y
''', lambda: [[R(2, 3)], [R(2, 3), R(3)], [R(2, 3), None, 2.5]])

case('s_doc_union_refine', 'f', '''
from typing import Union

def f(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return str(x + 1)
    return x + "!"
''', lambda: [[41], ["hi"]])

case('s_doc_union_tensor_list', 'f', '''
from typing import Union

def f(x: Union[torch.Tensor, List[torch.Tensor]]) -> torch.Tensor:
    if isinstance(x, torch.Tensor):
        return x.sum()
    total = torch.zeros(1)
    for t in x:
        total = total + t.sum()
    return total
''', lambda: [[R(3)], [[R(2), R(4)]]])

case('s_doc_jit_isinstance', 'f', '''
from typing import Union

def f(x: Union[List[int], Dict[str, int]]) -> int:
    if torch.jit.isinstance(x, List[int]):
        total = 0
        for v in x:
            total += v
        return total
    else:
        total = 0
        for v in x.values():
            total += v * 10
        return total
''', lambda: [[[1, 2, 3]], [{'a': 1, 'b': 5}]])

case('s_doc_namedtuple_fields', 'total', '''
from typing import NamedTuple

class MyTuple(NamedTuple):
    first: int
    second: int

def total(a: int, b: int) -> int:
    t = MyTuple(a, b)
    return t.first * 10 + t[1]
''', lambda: [[1, 2], [-3, 7]])

case('s_doc_namedtuple_return', 'stats', '''
from typing import NamedTuple

class Stats(NamedTuple):
    mean: torch.Tensor
    count: int

def stats(x: torch.Tensor) -> Stats:
    return Stats(x.mean(), x.numel())
''', lambda: [[R(2, 3)]])

case('s_doc_script_class', 'use_foo', '''
@torch.jit.script
class Foo:
    def __init__(self, x: torch.Tensor, y: int):
        self.x = x
        self.y = y

    def aug_add_x(self, inc: torch.Tensor):
        self.x += inc

def use_foo(a: torch.Tensor) -> torch.Tensor:
    f = Foo(a, 2)
    for _ in range(f.y):
        f.aug_add_x(a)
    return f.x
''', lambda: [[R(3)]])

case('s_doc_script_class_methods', 'run', '''
class Counter:
    def __init__(self, start: int):
        self.count = start
        self.history: List[int] = []

    def step(self, by: int) -> int:
        self.history.append(self.count)
        self.count += by
        return self.count

def run(n: int) -> List[int]:
    c = Counter(10)
    for i in range(n):
        c.step(i)
    c.history.append(c.count)
    return c.history
''', lambda: [[0], [4]])

case('s_doc_annotate_containers', 'fn', '''
def fn(n: int) -> Tuple[List[Tuple[int, str]], Dict[str, int]]:
    d = torch.jit.annotate(Dict[str, int], {})
    l = torch.jit.annotate(List[Tuple[int, str]], [])
    for i in range(n):
        l.append((i, "item" + str(i)))
        d["k" + str(i)] = i * i
    return l, d
''', lambda: [[0], [3]])

case('s_doc_list_tuple_int_str', 'f', '''
def f(xs: List[Tuple[int, str]]) -> List[str]:
    out: List[str] = []
    for n, s in xs:
        if n > 0:
            out.append(s + ":" + str(n))
    return out
''', lambda: [[[(1, 'a'), (0, 'b'), (3, 'c')]], [[]]])

case('s_doc_dict_str_list_tensor', 'f', '''
def f(x: torch.Tensor) -> Dict[str, List[torch.Tensor]]:
    d: Dict[str, List[torch.Tensor]] = {}
    d["a"] = [x, x + 1]
    d["b"] = [x * 2]
    if "a" in d:
        d["a"].append(x - 1)
    return d
''', lambda: [[R(2)]])

# ---- modules: export, Final, __constants__, unused -------------------------------------------
case('s_doc_export_chain', 'MyModule', '''
class MyModule(nn.Module):
    def implicitly_compiled_method(self, x):
        return x + 99

    def forward(self, x):
        return x + 10

    @torch.jit.export
    def another_forward(self, x):
        return self.implicitly_compiled_method(x)

    def unused_method(self, x):
        return x - 20
''', lambda: [[R(3)]], method='another_forward')

case('s_doc_final_attr', 'M', '''
from typing import Final

class M(nn.Module):
    a: Final[int]
    b: torch.jit.Final[float]

    def __init__(self):
        super().__init__()
        self.a = 3
        self.b = 0.5

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for i in range(self.a):
            x = x * self.b + i
        return x
''', lambda: [[R(2, 2)]])

case('s_doc_constants_list', 'M', '''
class M(nn.Module):
    __constants__ = ['scale', 'mode']

    def __init__(self):
        super().__init__()
        self.scale = 2.0
        self.mode = "double"

    def forward(self, x):
        if self.mode == "double":
            return x * self.scale
        return x
''', lambda: [[R(3)]])

_UNUSED = '''
class MyModule(nn.Module):
    def __init__(self, use_memory_efficient: bool):
        super().__init__()
        self.use_memory_efficient = use_memory_efficient

    @torch.jit.unused
    def memory_efficient(self, x):
        import pdb
        pdb.set_trace()
        return x + 10

    def forward(self, x):
        if self.use_memory_efficient:
            return self.memory_efficient(x)
        else:
            return x + 10
'''
case('s_doc_unused_off', 'MyModule', _UNUSED, lambda: [[R(2)]], init_args=[False])
case('s_doc_unused_on', 'MyModule', _UNUSED, lambda: [[R(2)]], init_args=[True])

case('s_doc_is_scripting', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    if torch.jit.is_scripting():
        return x + 1
    else:
        return x - 1
''', lambda: [[R(3)]])

# ---- builtins, math, strings ----------------------------------------------------------------
case('s_doc_min_max', 'f', '''
def f(a: int, b: int, xs: List[int], y: float) -> Tuple[int, int, float, float, int, int]:
    return max(a, b), min(a, b), max(y, 1.5), min(y, float(a)), max(xs), min(xs)
''', lambda: [[3, 7, [4, -2, 9], 2.25], [-1, -5, [0], -0.5]])

case('s_doc_math_functions', 'f', '''
def f(x: float, n: int) -> List[float]:
    out: List[float] = []
    out.append(math.sqrt(x))
    out.append(math.log(x))
    out.append(math.exp(-x))
    out.append(math.sin(x) + math.cos(x))
    out.append(float(math.floor(x)))
    out.append(float(math.ceil(x)))
    out.append(math.fabs(-x))
    out.append(math.pow(x, 2.0))
    out.append(math.pi * n)
    out.append(math.atan2(x, 1.0))
    out.append(math.log10(x) + math.log1p(x))
    out.append(float(math.gcd(n, 12)))
    return out
''', lambda: [[2.5, 8], [0.75, 9]])

case('s_doc_math_predicates', 'f', '''
def f(x: float) -> Tuple[bool, bool, bool, float]:
    return math.isnan(x), math.isinf(x), math.isfinite(x), math.copysign(2.0, x)
''', lambda: [[1.5], [float('nan')], [float('-inf')]])

case('s_doc_divmod', 'f', '''
def f(a: int, b: int, x: float, y: float) -> Tuple[int, int, float, float]:
    q, r = divmod(a, b)
    fq, fr = divmod(x, y)
    return q, r, fq, fr
''', lambda: [[7, 3, 7.5, 2.0], [-7, 3, -7.5, 2.0], [7, -3, 7.5, -2.0]])

case('s_doc_abs', 'f', '''
def f(a: int, x: float, t: torch.Tensor) -> Tuple[int, float, torch.Tensor]:
    return abs(a), abs(x), abs(t)
''', lambda: [[-4, -2.5, N(3)], [3, 0.0, N(2)]])

case('s_doc_chained_comparison', 'f', '''
def f(x: int, lo: int, hi: int, y: float) -> Tuple[bool, bool, bool]:
    return lo <= x < hi, lo < x <= hi == hi, 0.0 < y < 1.0
''', lambda: [[5, 0, 10, 0.5], [10, 0, 10, 1.5], [-1, 0, 10, 0.0]])

case('s_doc_string_methods2', 'f', '''
def f(s: str) -> List[str]:
    out: List[str] = []
    out.append(s.upper())
    out.append(s.lower())
    out.append(s.strip())
    out.append(s.replace("a", "o"))
    out.append("-".join(s.split()))
    out.append(str(s.startswith(" ")) + str(s.endswith("z")))
    out.append(str(s.find("a")) + str(s.count("a")))
    out.append(s.lstrip().rstrip("! "))
    return out
''', lambda: [[' banana Split! '], ['abc']])

case('s_doc_string_predicates', 'f', '''
def f(s: str) -> List[bool]:
    return [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), "b" in s]
''', lambda: [['123'], ['abc'], ['ABC'], ['  '], ['a1b']])

case('s_doc_string_slicing', 'f', '''
def f(s: str, n: int) -> Tuple[str, str, str, int]:
    return s[:n], s[n:], s[-1], len(s)
''', lambda: [['torchscript', 5], ['ab', 1]])

case('s_doc_enumerate_zip_lists', 'f', '''
def f(names: List[str], scores: List[float]) -> List[str]:
    out: List[str] = []
    for i, (n, s) in enumerate(zip(names, scores), 1):
        out.append(str(i) + "." + n + "=" + str(s))
    return out
''', lambda: [[['a', 'b', 'c'], [1.5, 2.0]], [[], [1.0]]])

case('s_doc_int_conversions', 'f', '''
def f(s: str, x: float) -> Tuple[int, float, int, int, bool, bool, str]:
    return int(s), float(s + ".5"), int(x), int(-x), bool(0), bool(x), str(int(x))
''', lambda: [['12', 3.7], ['-4', 0.0]])

case('s_doc_list_ops', 'f', '''
def f(xs: List[int]) -> Tuple[List[int], int, int, bool]:
    ys = xs.copy()
    ys.insert(0, 100)
    ys.extend([7, 8])
    last = ys.pop()
    ys.reverse()
    n = ys.count(7)
    return ys, last, n, 100 in ys
''', lambda: [[[1, 2, 3]], [[]]])

case('s_doc_dict_ops', 'f', '''
def f(keys: List[str]) -> Tuple[Dict[str, int], int, int, List[str]]:
    d: Dict[str, int] = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    missing = d.get("zzz", -1)
    n = len(d)
    ks: List[str] = []
    for k, v in d.items():
        if v > 1:
            ks.append(k)
    return d, missing, n, ks
''', lambda: [[['a', 'b', 'a', 'c', 'b', 'a']], [[]]])

case('s_doc_assert_message', 'f', '''
def f(x: int) -> int:
    assert x > 0, "x must be positive"
    return x * 2
''', lambda: [[3], [-1]])

case('s_doc_raise_value_error', 'f', '''
def f(x: torch.Tensor, k: int) -> torch.Tensor:
    if k < 0:
        raise ValueError("k must be non-negative, got " + str(k))
    if x.dim() != 2:
        raise RuntimeError("expected a 2-D tensor")
    return x[:, :k]
''', lambda: [[R(2, 3), 2], [R(2, 3), -1], [R(3), 1]])

case('s_doc_tuple_returns', 'f', '''
def split_half(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    n = x.size(0) // 2
    return x[:n], x[n:]

def f(x: torch.Tensor) -> torch.Tensor:
    a, b = split_half(x)
    return a.sum() - b.sum()
''', lambda: [[R(4)], [R(5)]])

case('s_doc_tensor_properties', 'f', '''
def f(x: torch.Tensor) -> Tuple[int, List[int], int, bool, bool]:
    return x.dim(), x.size(), x.numel(), x.is_floating_point(), x.dtype == torch.float32
''', lambda: [[R(2, 3)], [torch.arange(4)]])

# ---- errors from the docs -------------------------------------------------------------------
err('s_err_doc_branch_types', 'an_error', '''
def an_error(x: bool):
    if x:
        r = torch.rand(1)
    else:
        r = 4
    return r
''')

err('s_err_doc_reassign_type', 'f', '''
def f(a: int) -> int:
    x = a
    for i in range(a):
        x = "string"
    return a
''')

err('s_err_doc_list_append_type', 'f', '''
def f() -> List[int]:
    x: List[int] = []
    x.append("a")
    return x
''')

err('s_err_doc_tuple_index_var', 'f', '''
def f(t: Tuple[int, str], i: int) -> int:
    return t[i]
''')

err('s_err_doc_kwargs', 'f', '''
def f(x: int, **kwargs) -> int:
    return x
''')

err('s_err_doc_unknown_builtin', 'f', '''
def f(xs: List[int]) -> int:
    s = set(xs)
    return len(s)
''')

err('s_err_doc_optional_attr', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.z = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.z
''')
