"""The programs of gen_script.py: small TorchScript programs as the docs, tutorials and user models write them.

Each case: name (s_ prefix), source (after the common imports), entry, optional method/init_args,
runs (a function returning input lists; tensors from the seeded generator), expect_error for rejected programs.
"""
import torch


def R(*shape):
    return torch.rand(*shape)


def N(*shape):
    return torch.randn(*shape)


def I(lo, hi, *shape):
    return torch.randint(lo, hi, shape)


CASES = []


def case(name, entry, source, runs=None, **kw):
    CASES.append(dict(name=name, entry=entry, source=source, runs=runs or (lambda: []), **kw))


def err(name, entry, source, line):
    CASES.append(dict(name=name, entry=entry, source=source, runs=lambda: [], expect_error=True, error_line=line))


# ---- control flow -------------------------------------------------------------------------------
case('s_if_elif_else', 'classify', '''
def classify(x: int) -> str:
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"
''', lambda: [[-3], [0], [7], [42]])

case('s_for_break_continue', 'f', '''
def f(n: int) -> int:
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        total += i
    return total
''', lambda: [[0], [10], [50]])

case('s_while_counter', 'collatz', '''
def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
''', lambda: [[1], [6], [27]])

case('s_return_in_for', 'find_first', '''
def find_first(xs: List[int], target: int) -> int:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1
''', lambda: [[[4, 5, 6, 5], 5], [[1, 2], 9], [[], 1]])

case('s_return_in_while', 'f', '''
def f(x: torch.Tensor, limit: float) -> torch.Tensor:
    i = 0
    while i < 100:
        x = x * 2
        if bool(x.sum() > limit):
            return x
        i += 1
    return x - 1
''', lambda: [[R(3), 10.0], [R(2) + 1, 1e40]])

case('s_return_in_nested_loop', 'find_pair', '''
def find_pair(xs: List[int], total: int) -> Tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == total:
                return i, j
    return -1, -1
''', lambda: [[[1, 4, 6, 3], 9], [[1, 2], 10]])

case('s_nested_loops_break', 'f', '''
def f(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            out.append(i * 10 + j)
    return out
''', lambda: [[3], [0]])

case('s_for_over_list', 'f', '''
def f(xs: List[float]) -> float:
    total = 0.0
    for x in xs:
        total += x * x
    return math.sqrt(total)
''', lambda: [[[3.0, 4.0]], [[]]])

case('s_enumerate_zip', 'f', '''
def f(a: List[int], b: List[int]) -> List[int]:
    out: List[int] = []
    for i, (x, y) in enumerate(zip(a, b)):
        out.append(i * x + y)
    return out
''', lambda: [[[1, 2, 3], [10, 20, 30, 40]]])

case('s_for_tensor_rows', 'f', '''
def f(x: torch.Tensor) -> List[torch.Tensor]:
    out: List[torch.Tensor] = []
    for row in x:
        out.append(row.sum())
    return out
''', lambda: [[R(3, 4)]])

case('s_ternary', 'f', '''
def f(x: torch.Tensor, flag: bool) -> torch.Tensor:
    y = x * 2 if flag else x - 2
    scale = 1.5 if x.dim() > 1 else 0.5
    return y * scale
''', lambda: [[R(2, 2), True], [R(3), False]])

case('s_range_step', 'f', '''
def f(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n, 0, -2):
        out.append(i)
    for j in range(1, n, 3):
        out.append(-j)
    return out
''', lambda: [[7], [0]])

case('s_loop_carried_tensor', 'f', '''
def f(x: torch.Tensor, steps: int) -> Tuple[torch.Tensor, int]:
    count = 0
    h = torch.zeros_like(x)
    for _ in range(steps):
        h = torch.tanh(h + x)
        if bool(h.mean() > 0.5):
            count += 1
    return h, count
''', lambda: [[R(4), 3], [N(4), 0]])

# ---- containers ---------------------------------------------------------------------------------
case('s_list_methods', 'f', '''
def f(xs: List[int]) -> List[int]:
    ys = xs.copy()
    ys.append(7)
    ys.extend([8, 9])
    ys.insert(0, -1)
    last = ys.pop()
    ys.remove(7)
    ys.reverse()
    ys.append(last + len(ys))
    if 3 in ys:
        ys.append(ys.index(3))
    ys.append(ys.count(1))
    ys.sort()
    return ys
''', lambda: [[[3, 1, 2, 1]], [[5]]])

case('s_list_slicing', 'f', '''
def f(xs: List[int]) -> Tuple[List[int], List[int], int, List[int]]:
    return xs[1:3], xs[:-1], xs[-1], xs[::2]
''', lambda: [[[1, 2, 3, 4, 5]]])

case('s_list_comprehension', 'f', '''
def f(xs: List[int], x: torch.Tensor) -> Tuple[List[int], List[torch.Tensor]]:
    doubled = [v * 2 for v in xs]
    parts = [x[i] * i for i in range(x.size(0))]
    return doubled, parts
''', lambda: [[[1, 2, 3], R(2, 2)]])

case('s_dict_iter', 'f', '''
def f(d: Dict[str, int]) -> Tuple[List[str], int, int, bool]:
    keys: List[str] = []
    total = 0
    for k in d.keys():
        keys.append(k)
    for v in d.values():
        total += v
    for k, v in d.items():
        total += len(k) * v
    d["extra"] = 5
    return keys, total, d.get("missing", -1), "extra" in d
''', lambda: [[{'a': 1, 'bb': 2}], [{}]])

case('s_dict_comprehension', 'f', '''
def f(names: List[str]) -> Dict[str, int]:
    return {n: len(n) for n in names}
''', lambda: [[['ab', 'c', 'def']]])

case('s_dict_tensor_values', 'f', '''
def f(x: torch.Tensor) -> Dict[str, torch.Tensor]:
    out: Dict[str, torch.Tensor] = {}
    out["sum"] = x.sum()
    out["max"] = x.max()
    if "sum" in out:
        out["both"] = out["sum"] + out["max"]
    return out
''', lambda: [[R(3)]])

case('s_tuple_return', 'f', '''
def stats(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, int]:
    return x.mean(), x.std(), x.numel()

def f(x: torch.Tensor) -> torch.Tensor:
    mean, std, n = stats(x)
    t = stats(x * 2)
    return (x - mean) / std + t[0] * n
''', lambda: [[R(5)]])

case('s_optional_default', 'f', '''
def f(x: torch.Tensor, scale: Optional[float] = None, bias: Optional[torch.Tensor] = None) -> torch.Tensor:
    if scale is not None:
        x = x * scale
    if bias is None:
        return x
    return x + bias
''', lambda: [[R(3)], [R(3), 2.0], [R(3), None, R(3)]])

case('s_optional_list', 'f', '''
def f(x: torch.Tensor, dims: Optional[List[int]] = None) -> torch.Tensor:
    if dims is None:
        dims = [0]
    return x.sum(dims)
''', lambda: [[R(2, 3)], [R(2, 3), [1]]])

case('s_namedtuple', 'f', '''
from typing import NamedTuple

class Stats(NamedTuple):
    mean: torch.Tensor
    count: int

def summarize(x: torch.Tensor) -> Stats:
    return Stats(x.mean(), x.numel())

def f(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    s = summarize(x)
    return s.mean * 2, s.count + 1
''', lambda: [[R(4)]])

case('s_list_of_tensors', 'f', '''
def f(xs: List[torch.Tensor]) -> Tuple[torch.Tensor, torch.Tensor]:
    ys: List[torch.Tensor] = []
    for x in xs:
        ys.append(x * 2)
    return torch.cat(ys, dim=0), torch.stack(ys).sum(0)
''', lambda: [[[R(2), R(2), R(2)]]])

case('s_nested_containers', 'f', '''
def f(groups: Dict[str, List[int]]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for name, values in groups.items():
        best = values[0]
        for v in values:
            best = max(best, v)
        out[name] = best
    return out
''', lambda: [[{'a': [1, 5, 2], 'b': [-3]}]])

case('s_jit_annotate', 'f', '''
def f(n: int) -> List[float]:
    xs = torch.jit.annotate(List[float], [])
    for i in range(n):
        xs.append(float(i) / 2)
    return xs
''', lambda: [[4]])

case('s_type_comment', 'f', '''
def f(x, n):
    # type: (Tensor, int) -> Tensor
    return x * n
''', lambda: [[R(2), 3]])

# ---- strings ------------------------------------------------------------------------------------
case('s_fstring', 'f', '''
def f(name: str, n: int, v: float) -> str:
    return f"{name}: {n} items, value {v}"
''', lambda: [['loss', 3, 0.5]])

case('s_string_methods', 'f', '''
def f(s: str) -> Tuple[str, str, List[str], str, bool, int, str]:
    parts = s.strip().split(",")
    return s.upper(), s.lower(), parts, "-".join(parts), s.startswith(" a"), s.find("b"), s.replace("a", "x")
''', lambda: [[' a,b,c '], ['Abc']])

case('s_str_format', 'f', '''
def f(a: int, b: float) -> str:
    msg = "{} and {}".format(a, b)
    return msg + " / " + str(a * 2) + str(len(msg))
''', lambda: [[3, 1.5]])

case('s_string_compare', 'f', '''
def f(a: str, b: str) -> Tuple[bool, bool, str, str]:
    return a == b, a < b, a + b, a[1:]
''', lambda: [['abc', 'abd'], ['x', 'x']])

case('s_string_loop', 'f', '''
def f(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts
''', lambda: [[['a', 'b', 'a', 'c', 'a']]])

# ---- numbers ------------------------------------------------------------------------------------
case('s_math_module', 'f', '''
def f(x: float, n: int) -> Tuple[float, int, int, float, float, float]:
    return math.sqrt(x), math.floor(x), math.ceil(x), math.exp(-x), math.log(x + 1.0), math.pi * n
''', lambda: [[2.5, 2], [0.0, 0]])

case('s_int_float_arith', 'f', '''
def f(a: int, b: int) -> Tuple[int, int, float, float, int, int, float]:
    return a // b, a % b, a / b, float(a) ** 2, abs(a - b), min(a, b) + max(a, b), a * 0.5
''', lambda: [[7, 2], [-7, 2], [7, -3]])

case('s_constant_fold', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    k = 2 * 3 + 1
    n = k // 2
    return x * n + (10 - k)
''', lambda: [[R(3)]])

case('s_bool_ops', 'f', '''
def f(a: int, b: int) -> Tuple[bool, bool, bool, bool]:
    return 0 < a < 10, a > 0 and b > 0, a > 0 or b > 0, not (a == b)
''', lambda: [[5, -1], [0, 0], [11, 3]])

case('s_int_bitwise', 'f', '''
def f(a: int, b: int) -> Tuple[int, int, int, int, int]:
    return a & b, a | b, a ^ b, a << 2, a >> 1
''', lambda: [[12, 10], [7, 1]])

case('s_number_conversions', 'f', '''
def f(x: float, s: str) -> Tuple[int, float, bool, int, float]:
    return int(x), float(int(x) + 1), bool(x), int(s), round(x)
''', lambda: [[2.7, '42'], [-1.5, '0']])

# ---- type refinement ----------------------------------------------------------------------------
case('s_isinstance_union', 'f', '''
from typing import Union

def f(x: Union[int, torch.Tensor]) -> torch.Tensor:
    if isinstance(x, int):
        return torch.ones(x)
    else:
        return x * 2
''', lambda: [[3], [R(2)]])

case('s_optional_assert', 'f', '''
def f(x: torch.Tensor, y: Optional[torch.Tensor]) -> torch.Tensor:
    assert y is not None, "y is required"
    return x + y
''', lambda: [[R(2), R(2)], [R(2), None]])

case('s_script_class', 'f', '''
@torch.jit.script
class Accumulator:
    def __init__(self, start: int):
        self.total = start
        self.history: List[int] = []

    def add(self, v: int) -> int:
        self.total += v
        self.history.append(self.total)
        return self.total

def f(xs: List[int]) -> Tuple[int, List[int]]:
    acc = Accumulator(10)
    for x in xs:
        acc.add(x)
    return acc.total, acc.history
''', lambda: [[[1, 2, 3]]])

case('s_raise_exception', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    if x.dim() != 2:
        raise ValueError("expected a 2D tensor, got " + str(x.dim()))
    return x.t()
''', lambda: [[R(2, 3)], [R(3)]])

# ---- modules ------------------------------------------------------------------------------------
case('s_linear_module', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return self.fc2(x)
''', lambda: [[R(3, 4)]])

case('s_conv_bn_module', 'ConvBlock', '''
class ConvBlock(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.bn(self.conv(x)))
''', lambda: [[R(1, 3, 5, 5)]])

case('s_sequential_mlp', 'MLP', '''
class MLP(nn.Module):
    def __init__(self, sizes: List[int]):
        super().__init__()
        layers: List[nn.Module] = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
''', lambda: [[R(2, 3)]], init_args=[[3, 5, 2]])

case('s_modulelist_enumerate', 'Stack', '''
class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x) + i
        return x
''', lambda: [[R(2, 4)]])

case('s_moduledict', 'Heads', '''
class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({"a": nn.Linear(3, 2), "b": nn.Linear(3, 1)})

    def forward(self, x) -> Dict[str, torch.Tensor]:
        out: Dict[str, torch.Tensor] = {}
        for name, head in self.heads.items():
            out[name] = head(x)
        return out
''', lambda: [[R(2, 3)]])

case('s_final_constants', 'Scaler', '''
from typing import Final

class Scaler(nn.Module):
    factor: Final[float]
    repeats: Final[int]

    def __init__(self):
        super().__init__()
        self.factor = 0.5
        self.repeats = 3

    def forward(self, x):
        for _ in range(self.repeats):
            x = x * self.factor
        return x
''', lambda: [[R(3)]])

case('s_export_method', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(x)

    @torch.jit.export
    def predict(self, x: torch.Tensor, threshold: float) -> torch.Tensor:
        return self.forward(x) > threshold
''', lambda: [[R(3, 2), 0.1]], method='predict')

case('s_ignore_method', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()

    @torch.jit.ignore
    def debug_scale(self, x: torch.Tensor) -> torch.Tensor:
        return x * 3

    def forward(self, x):
        return self.debug_scale(x) + 1
''', lambda: [[R(2)]])

case('s_unused_method', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.use_extra = False

    @torch.jit.unused
    def extra(self, x: torch.Tensor) -> torch.Tensor:
        return x.numpy()

    def forward(self, x):
        if self.use_extra:
            return self.extra(x)
        return x + 1
''', lambda: [[R(2)]])

case('s_training_flag', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        if self.training:
            x = x * 100
        return self.drop(x) + 1
''', lambda: [[R(3)]])

case('s_no_grad', 'f', '''
def f(x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        y = x * w
        y = y + 1
    return y.sum()
''', lambda: [[R(3), R(3)]])

case('s_submodule_call', 'Outer', '''
class Inner(nn.Module):
    def __init__(self, scale: float):
        super().__init__()
        self.scale = scale
        self.weight = nn.Parameter(torch.ones(3))

    def forward(self, x):
        return x * self.weight * self.scale

class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Inner(2.0)
        self.b = Inner(0.5)

    def forward(self, x):
        return self.a(x) + self.b(x)
''', lambda: [[R(3)]])

case('s_module_attributes', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.sizes = [1, 2, 3]
        self.name = "model"
        self.eps = 1e-3
        self.depth = 2

    def forward(self, x):
        total = 0
        for s in self.sizes:
            total += s * self.depth
        return x * total + self.eps, self.name
''', lambda: [[R(2)]])

case('s_buffer_module', 'Normalizer', '''
class Normalizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([0.5, 0.25]))
        self.register_buffer("std", torch.tensor([2.0, 4.0]))

    def forward(self, x):
        return (x - self.mean) / self.std
''', lambda: [[R(3, 2)]])

case('s_module_helper_method', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def block(self, x: torch.Tensor, times: int) -> torch.Tensor:
        for _ in range(times):
            x = torch.relu(self.fc(x))
        return x

    def forward(self, x):
        return self.block(x, 2) - self.block(x, 1)
''', lambda: [[R(2, 3)]])

case('s_pooling_int_args', 'Pools', '''
class Pools(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.avg = nn.AvgPool2d(2)

    def forward(self, x):
        return self.pool(x), self.avg(x), F.max_pool2d(x, 2)
''', lambda: [[R(1, 2, 6, 6)]])

case('s_conv_stride_flatten', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, stride=2)
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(2, 3)

    def forward(self, x):
        x = F.relu(self.conv(x))
        return self.fc(self.flatten(self.pool(x)))
''', lambda: [[R(2, 1, 7, 7)]])

case('s_tinyresnet_script', 'TinyResNet', '''
class Block(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.shortcut = nn.Sequential()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out = out + self.shortcut(x)
        return self.relu(out)

class TinyResNet(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8), nn.ReLU(inplace=True),
                                  nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
        self.layer1 = nn.Sequential(Block(8, 8, 1), Block(8, 8, 1))
        self.layer2 = nn.Sequential(Block(8, 16, 2), Block(16, 16, 1))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.layer2(self.layer1(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)
''', lambda: [[R(2, 3, 16, 16)]])

case('s_attention_module', 'SelfAttention', '''
class SelfAttention(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.scale = 1.0 / math.sqrt(dim)

    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        scores = torch.matmul(self.q(x), self.k(x).transpose(-2, -1)) * self.scale
        if mask is not None:
            scores = scores.masked_fill(mask, float("-inf"))
        attn = F.softmax(scores, dim=-1)
        return attn @ self.v(x)
''', lambda: [[R(2, 3, 4)], [R(1, 3, 4), torch.tensor([[False, False, True]] * 3)]], init_args=[4])

case('s_rnn_loop', 'RNN', '''
class RNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.ih = nn.Linear(3, 4)
        self.hh = nn.Linear(4, 4)

    def forward(self, xs: torch.Tensor, h: Optional[torch.Tensor] = None) -> Tuple[torch.Tensor, torch.Tensor]:
        if h is None:
            h = torch.zeros(xs.size(1), 4)
        outputs: List[torch.Tensor] = []
        for t in range(xs.size(0)):
            h = torch.tanh(self.ih(xs[t]) + self.hh(h))
            outputs.append(h)
        return torch.stack(outputs), h
''', lambda: [[R(5, 2, 3)], [R(2, 1, 3), R(1, 4)]])

case('s_layernorm_gelu', 'Block', '''
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(4)
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        return x + F.gelu(self.fc(self.norm(x)))
''', lambda: [[R(2, 4)]])

case('s_embedding_bag', 'Model', '''
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 3)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.emb(ids).mean(dim=1)
''', lambda: [[I(0, 10, 2, 4)]])

# ---- tensors ------------------------------------------------------------------------------------
case('s_tensor_index_assign', 'f', '''
def f(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    x = x.clone()
    x[0] = 1.0
    x[:, 1] = y
    x[x > 0.9] = 0.0
    x[1, 2] += 5.0
    return x
''', lambda: [[R(3, 3), R(3)]])

case('s_tensor_slicing', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return x[1:, ::2], x[..., 0], x[None, 0], x[:, -1], x[0, 1:3]
''', lambda: [[R(3, 4)]])

case('s_inplace_ops', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    y = x.clone()
    y.add_(1.0)
    y.mul_(2)
    y.clamp_(min=0.5, max=3.0)
    y.sub_(x, alpha=0.5)
    return y
''', lambda: [[N(5)]])

case('s_dtype_promotion', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return a + 1.5, a / b, a // b, (a > 1).sum(), a.to(torch.float64) * 2
''', lambda: [[I(1, 5, 4), I(1, 5, 4)]])

case('s_reductions', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    values, indices = x.max(dim=1)
    return x.sum(0, keepdim=True), x.mean(dim=-1), values, indices, x.argmin(), x.prod(1)
''', lambda: [[R(3, 4)]])

case('s_tensor_shape_methods', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, List[int], int, int]:
    b, c = x.shape[0], x.size(1)
    y = x.view(b, c, 1).permute(2, 0, 1).reshape(-1, c).transpose(0, 1).contiguous()
    y = y.unsqueeze(0).squeeze(0)
    return y, list(y.shape), x.dim(), x.numel()
''', lambda: [[R(2, 3)]])

case('s_tensor_creation', 'f', '''
def f(n: int) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    a = torch.arange(n)
    b = torch.full([2, n], 3.5)
    c = torch.ones_like(b, dtype=torch.int64)
    d = torch.eye(n)
    e = torch.tensor([1.0, 2.0, float(n)])
    return a, b, c, d, e
''', lambda: [[3]])

case('s_tensor_to_scalar', 'f', '''
def f(x: torch.Tensor) -> Tuple[int, float, bool, torch.Tensor]:
    n = int(x.sum())
    m = float(x.max())
    y = torch.zeros(n)
    return n, m, bool(x[0] > 1), y
''', lambda: [[torch.tensor([2, 1, 0])]])

case('s_tensor_implicit_int', 'f', '''
def f(x: torch.Tensor, n: torch.Tensor) -> torch.Tensor:
    xs = [1, 2, 3, 4]
    return x[xs[n]] + x.size(n)
''', lambda: [[R(4, 4), torch.tensor(1)]])

case('s_where_masked', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    pos = torch.where(x > 0, x, torch.zeros_like(x))
    filled = x.masked_fill(x < -0.5, -1.0)
    return pos, filled, x[x > 0]
''', lambda: [[N(6)]])

case('s_matmul_ops', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return a @ b, torch.mm(a, b), torch.bmm(a.unsqueeze(0), b.unsqueeze(0))
''', lambda: [[R(2, 3), R(3, 2)]])

case('s_functional_calls', 'f', '''
def f(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return F.softmax(x, dim=1), F.log_softmax(x, 1), F.leaky_relu(x, 0.2), F.pad(x, [1, 1]), torch.sigmoid(x)
''', lambda: [[N(2, 3)]])

case('s_tensor_unary_math', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    return torch.exp(-x.abs()) + torch.log1p(x.abs()) + x.pow(2).sqrt() - torch.floor(x) * torch.sin(x)
''', lambda: [[N(5)]])

case('s_tensor_int_loop_index', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    out = torch.zeros(x.size(0))
    for i in range(x.size(0)):
        out[i] = x[i, : i + 1].sum()
    return out
''', lambda: [[R(3, 3)]])

# ---- rejected programs --------------------------------------------------------------------------
err('s_err_lambda', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    g = lambda y: y * 2
    return g(x)
''', 8)

err('s_err_try_except', 'f', '''
def f(x: int) -> int:
    try:
        return x // 0
    except Exception:
        return 0
''', 8)

err('s_err_comprehension_if', 'f', '''
def f(xs: List[int]) -> List[int]:
    return [x for x in xs if x > 0]
''', 8)

err('s_err_return_type', 'f', '''
def f(x: int) -> int:
    if x > 0:
        return x
    return "negative"
''', 10)

err('s_err_mixed_returns', 'f', '''
def f(x: int):
    if x > 0:
        return x
    return "negative"
''', 10)

err('s_err_method_arity', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()

    def helper(self, x: torch.Tensor) -> torch.Tensor:
        return x

    def forward(self, x):
        return self.helper(x, 2)
''', 15)

err('s_err_loop_float_int', 'f', '''
def f(n: int) -> int:
    acc = 0
    for i in range(n):
        acc = acc + 0.5
    return acc
''', 10)

err('s_err_empty_list', 'f', '''
def f(n: int) -> List[int]:
    xs = []
    for i in range(n):
        xs.append(i)
    return xs
''', 10)

err('s_err_undefined_attr', 'M', '''
class M(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        return x * self.scale
''', 12)

err('s_err_wrong_arg_type', 'f', '''
def g(n: int) -> int:
    return n + 1

def f(s: str) -> int:
    return g(s)
''', 11)

err('s_err_undefined_function', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    return normalize(x)
''', 8)

case('s_list_unpack', 'f', '''
def f(x: torch.Tensor, sizes: List[int]) -> Tuple[int, torch.Tensor, torch.Tensor]:
    a, b = sizes
    tgt_len, bsz, E = x.shape
    q, k = [y * 2 for y in (x, x)]
    c, d = x.size()[1:]
    return a * b + tgt_len + bsz * E + c - d, q, k
''', lambda: [[R(2, 3, 4), [5, 7]], [R(1, 2, 3), [1, 2, 3]]])

case('s_transformer_encoder', 'Encoder', '''
class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
        self.attn = nn.MultiheadAttention(8, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.layer(x)
        z, w = self.attn(y, y, y)
        assert w is not None
        return z + w.sum()
''', lambda: [[N(5, 3, 8)], [N(2, 1, 8)]])

case('s_raise_branch_exit', 'f', '''
def f(x: int) -> int:
    if x == 3:
        y = 1
    elif x == 2:
        y = 2
    else:
        raise AssertionError("bad " + str(x))
    if x > 2:
        z = 5
    else:
        assert False, "no"
    return y + z
''', lambda: [[3], [2], [7]])

err('s_err_list_target', 'f', '''
def f(xs: List[int]) -> int:
    [a, b] = xs
    return a + b
''', 8)

err('s_err_varargs', 'f', '''
def f(*xs: int) -> int:
    return 0
''', 7)

err('s_err_list_mixed_types', 'f', '''
def f(x: int) -> List[int]:
    return [x, "a"]
''', 8)

err('s_err_tensor_plus_str', 'f', '''
def f(x: torch.Tensor) -> torch.Tensor:
    return x + "one"
''', 8)

err('s_err_loop_defined_var', 'f', '''
def f(n: int) -> int:
    for i in range(n):
        last = i
    return last
''', 10)

err('s_err_optional_unrefined', 'f', '''
def f(x: Optional[int]) -> int:
    return x + 1
''', 8)

err('s_err_global', 'f', '''
counter = 0

def f(x: int) -> int:
    global counter
    return x
''', 10)

# ---- mixing tracing and scripting (TorchScript tutorial) ----------------------------------------
case('s_mix_traced_submodule', 'MyRNNLoop', '''
class MyDecisionGate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x


class MyCell(torch.nn.Module):
    def __init__(self, dg):
        super(MyCell, self).__init__()
        self.dg = dg
        self.linear = torch.nn.Linear(4, 4)

    def forward(self, x, h):
        new_h = torch.tanh(self.dg(self.linear(x)) + h)
        return new_h, new_h


x, h = torch.rand(3, 4), torch.rand(3, 4)
scripted_gate = torch.jit.script(MyDecisionGate())


class MyRNNLoop(torch.nn.Module):
    def __init__(self):
        super(MyRNNLoop, self).__init__()
        self.cell = torch.jit.trace(MyCell(scripted_gate), (x, h))

    def forward(self, xs):
        h, y = torch.zeros(3, 4), torch.zeros(3, 4)
        for i in range(xs.size(0)):
            y, h = self.cell(xs[i], h)
        return y, h
''', lambda: [[R(5, 3, 4)], [R(1, 3, 4)]])
