"""Regenerates tests/data/format/*.json with PyTorch 1.13 (the oracle).

Run: /usr/bin/python3 tests/data/format/generate.py
tensors.json: {dtype, shape, values, requiresGrad, isParameter, gradFn, expected}
where non-finite floats are the strings "nan", "inf", "-inf".
python.json: {value (tagged), repr, str}.
"""
import json
import math
import os
import random

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1234)

DTYPES = {
    "float32": torch.float32, "float64": torch.float64, "float16": torch.float16,
    "int64": torch.int64, "int32": torch.int32, "int16": torch.int16,
    "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool,
}


def enc(v):
    if isinstance(v, float) and not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def tensor_case(t, name, grad_fn=None):
    values = t.detach().flatten().tolist()
    return {
        "name": name,
        "dtype": str(t.dtype).replace("torch.", ""),
        "shape": list(t.shape),
        "values": [enc(v) for v in values],
        "requiresGrad": t.requires_grad,
        "isParameter": isinstance(t, torch.nn.Parameter),
        "gradFn": grad_fn,
        "expected": repr(t),
    }


def random_shape(max_numel):
    dims = rng.choice([0, 1, 1, 2, 2, 2, 3, 4])
    shape = [rng.randint(1, 7) for _ in range(dims)]
    while math.prod(shape) > max_numel:
        shape[rng.randrange(len(shape))] = 1
    return shape


def random_float_tensor(shape, dtype):
    kind = rng.choice(["unit", "normal", "scaled", "ints", "tiny", "huge", "mixed", "special"])
    t = torch.randn(shape, dtype=torch.float64)
    if kind == "unit":
        t = torch.rand(shape, dtype=torch.float64)
    elif kind == "scaled":
        t = t * 10 ** rng.uniform(-6, 10)
    elif kind == "ints":
        t = (t * rng.choice([1, 10, 1000, 1e5, 1e9])).round()
    elif kind == "tiny":
        t = t * 1e-7
    elif kind == "huge":
        t = t * 1e12
    elif kind == "mixed":
        t = t * torch.tensor(10.0, dtype=torch.float64) ** torch.randint(-5, 6, shape)
    elif kind == "special" and t.numel() > 0:
        flat = t.view(-1)
        for _ in range(rng.randint(1, 3)):
            flat[rng.randrange(flat.numel())] = rng.choice([math.nan, math.inf, -math.inf, -0.0, 0.0])
    return t.to(dtype)


def random_int_tensor(shape, dtype):
    if dtype == torch.bool:
        return torch.rand(shape) > 0.5
    lo, hi = {
        torch.uint8: (0, 256), torch.int8: (-128, 128), torch.int16: (-3000, 3000),
        torch.int32: (-100000, 100000), torch.int64: (-(10**12), 10**12),
    }[dtype]
    if rng.random() < 0.5:
        lo, hi = max(lo, -10), min(hi, 10)
    return torch.randint(lo, hi, shape, dtype=dtype)


def tensor_cases():
    torch.manual_seed(0)
    cases = []
    for i in range(400):
        dtype = rng.choice(list(DTYPES.values()))
        shape = random_shape(300)
        t = random_float_tensor(shape, dtype) if dtype.is_floating_point else random_int_tensor(shape, dtype)
        cases.append(tensor_case(t, f"random {i}"))
    # Summarised tensors (numel > 1000) with various shapes.
    for i, shape in enumerate([[1001], [2000], [40, 30], [3, 400], [7, 7, 30], [2, 3, 4, 50], [1200, 1], [1, 1200], [5, 300]]):
        dtype = [torch.float32, torch.int64, torch.float64][i % 3]
        t = random_float_tensor(shape, dtype) if dtype.is_floating_point else random_int_tensor(shape, dtype)
        cases.append(tensor_case(t, f"summarised {shape}"))
    fixed = [
        ("scalar float", torch.tensor(3.0)),
        ("scalar neg zero", torch.tensor(-0.0)),
        ("scalar nan", torch.tensor(math.nan)),
        ("scalar int", torch.tensor(7)),
        ("scalar bool", torch.tensor(True)),
        ("scalar double", torch.tensor(0.1, dtype=torch.float64)),
        ("empty", torch.tensor([])),
        ("empty 0x3", torch.zeros(0, 3)),
        ("empty int", torch.zeros(0, dtype=torch.int64)),
        ("empty int32 2x0", torch.zeros(2, 0, dtype=torch.int32)),
        ("zeros", torch.zeros(2, 3)),
        ("ones double", torch.ones(3, dtype=torch.float64)),
        ("all nan", torch.full((2,), math.nan)),
        ("inf and ints", torch.tensor([1.0, math.inf, -2.0])),
        ("neg zero vector", torch.tensor([-0.0, 0.0, 1.5])),
        ("ties", torch.tensor([0.03125, 0.15625, 2.5, -0.03125], dtype=torch.float64)),
        ("big ints in float", torch.tensor([1e9, 1.0])),
        ("wide 1d", torch.arange(100, dtype=torch.float32) / 7),
        ("wide int", torch.arange(-50, 50)),
        ("int64 extremes", torch.tensor([-(2**63), 2**63 - 1])),
        ("bool matrix", torch.tensor([[True, False], [False, True]])),
        ("float16", torch.tensor([0.1, 65504.0, -3.0], dtype=torch.float16)),
    ]
    for name, t in fixed:
        cases.append(tensor_case(t, name))
    torch.manual_seed(0)
    x = torch.rand(2, 3, requires_grad=True)
    cases.append(tensor_case(x, "requires_grad"))
    y = x + 1
    cases.append(tensor_case(y, "grad_fn add", "AddBackward0"))
    z = (x * 2).sum()
    cases.append(tensor_case(z, "grad_fn sum", "SumBackward0"))
    w = torch.randn(40, 3, dtype=torch.float64, requires_grad=True) * 1e-3
    cases.append(tensor_case(w, "long suffixes", "MulBackward0"))
    p = torch.nn.Parameter(torch.randn(3, 2))
    cases.append(tensor_case(p, "parameter"))
    cases.append(tensor_case(torch.nn.Parameter(torch.ones(2, dtype=torch.float64)), "parameter double"))
    cases.append(tensor_case(torch.nn.Parameter(torch.zeros(0, 2)), "parameter empty"))
    # Values whose suffix must wrap onto a new line.
    cases.append(tensor_case(torch.arange(14, dtype=torch.float64) * 1000.5, "suffix wraps", None))
    return cases


def random_float():
    k = rng.random()
    if k < 0.2:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, 0.1, 1e16, 1e15, 1e-4, 1e-5, 123456789012345680.0, 0.5, 2.0**-20])
    if k < 0.5:
        return float(rng.randint(-10**6, 10**6)) * 10.0 ** rng.randint(-20, 20)
    return rng.uniform(-1, 1) * 10.0 ** rng.uniform(-30, 30)


def py(value):
    """Tags a Python value for the TypeScript model."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"kind": "int", "value": str(value)}
    if isinstance(value, float):
        return {"kind": "float", "value": enc(value)}
    if isinstance(value, list):
        return [py(v) for v in value]
    if isinstance(value, torch.Size):
        return {"kind": "size", "dims": list(value)}
    if isinstance(value, tuple):
        return {"kind": "tuple", "items": [py(v) for v in value]}
    if isinstance(value, dict):
        return {"kind": "dict", "entries": [[py(k), py(v)] for k, v in value.items()]}
    if isinstance(value, torch.dtype):
        return {"kind": "dtype", "name": str(value).replace("torch.", "")}
    if isinstance(value, torch.Tensor):
        return {"kind": "tensor", "tensor": tensor_case(value, "")}
    raise TypeError(type(value))


def python_cases():
    values = [random_float() for _ in range(400)]
    values += [rng.randint(-(10**30), 10**30) for _ in range(20)] + [0, -1, 2**63]
    values += ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\\", "\x00\x7f\x80é€😀", "\u200b\u00a0 x"]
    values += [
        [], [1, 2.5, "x"], (), (1,), (1, "a", None, True), {}, {"a": 2, "b": [1.0]}, {1: (2,), "k": {}},
        torch.Size([3, 4]), torch.Size([]), torch.Size([5]), torch.float32, torch.int64,
        [[1, 2], [3]], (0.1 + 0.2, 1e-05, 1e16),
        (torch.tensor([[0.1307, 0.7182], [0.1461, 0.8420]]), torch.tensor([1, 2])),
        [torch.tensor(1.5), torch.zeros(2, dtype=torch.int32)],
        {"w": torch.ones(2, 2)},
    ]
    return [{"value": py(v), "repr": repr(v), "str": str(v)} for v in values]


def main():
    for name, data in [("tensors", tensor_cases()), ("python", python_cases())]:
        with open(os.path.join(HERE, f"{name}.json"), "w") as fh:
            json.dump(data, fh, separators=(",", ":"))
            fh.write("\n")


if __name__ == "__main__":
    assert torch.__version__.startswith("1.13"), torch.__version__
    main()
