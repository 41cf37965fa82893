"""Regenerates tests/data/random/*.json with PyTorch 1.13 (the oracle).

Run: /usr/bin/python3 tests/data/random/generate.py
Each case is a seed and a list of calls sharing the default generator;
`expected[i]` is the flat list of values call i produced.
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [1, 2, 7, 15, 16, 17, 100, 1000]
SEEDS = [0, 1, 42, 12345, 2**32 + 7, -1]
DT = {"float32": torch.float32, "float64": torch.float64}


def run(call):
    op = call["op"]
    shape = call.get("shape")
    if op == "rand":
        return torch.rand(shape, dtype=DT[call["dtype"]]).flatten().tolist()
    if op == "randn":
        return torch.randn(shape, dtype=DT[call["dtype"]]).flatten().tolist()
    if op == "randint":
        return torch.randint(call["low"], call["high"], shape).flatten().tolist()
    if op == "randperm":
        return torch.randperm(call["n"]).tolist()
    if op == "uniform_":
        t = torch.empty(shape, dtype=DT[call["dtype"]])
        return t.uniform_(call["from"], call["to"]).flatten().tolist()
    if op == "normal_":
        t = torch.empty(shape, dtype=DT[call["dtype"]])
        return t.normal_(call["mean"], call["std"]).flatten().tolist()
    raise ValueError(op)


def case(name, seed, calls):
    torch.manual_seed(seed)
    return {"name": name, "seed": seed, "calls": calls, "expected": [run(c) for c in calls]}


def sampling_cases():
    out = []
    for seed in SEEDS:
        for dtype in ["float32", "float64"]:
            for n in SIZES:
                out.append(case(f"rand {dtype} {n} seed {seed}", seed, [{"op": "rand", "shape": [n], "dtype": dtype}]))
                out.append(case(f"randn {dtype} {n} seed {seed}", seed, [{"op": "randn", "shape": [n], "dtype": dtype}]))
    return out


def other_cases():
    out = []
    for seed in SEEDS[:4]:
        for low, high in [(0, 10), (-5, 5), (0, 2**33), (3, 4), (-(2**40), 2**40)]:
            out.append(case(f"randint {low} {high} seed {seed}", seed, [{"op": "randint", "low": low, "high": high, "shape": [2, 7]}]))
        for n in [0, 1, 2, 5, 10, 100]:
            out.append(case(f"randperm {n} seed {seed}", seed, [{"op": "randperm", "n": n}]))
        for dtype in ["float32", "float64"]:
            for n in [1, 7, 16, 33]:
                out.append(case(f"uniform_ {dtype} {n} seed {seed}", seed, [{"op": "uniform_", "shape": [n], "dtype": dtype, "from": -2.5, "to": 0.7}]))
                out.append(case(f"normal_ {dtype} {n} seed {seed}", seed, [{"op": "normal_", "shape": [n], "dtype": dtype, "mean": 1.5, "std": 0.3}]))
    seq = [
        {"op": "rand", "shape": [3, 4], "dtype": "float32"},
        {"op": "randn", "shape": [3], "dtype": "float32"},
        {"op": "randn", "shape": [2, 2], "dtype": "float64"},
        {"op": "randint", "low": 0, "high": 100, "shape": [5]},
        {"op": "randn", "shape": [17], "dtype": "float32"},
        {"op": "randn", "shape": [1], "dtype": "float32"},
        {"op": "rand", "shape": [2], "dtype": "float64"},
        {"op": "randperm", "n": 6},
        {"op": "randn", "shape": [5], "dtype": "float32"},
    ]
    for seed in SEEDS:
        out.append(case(f"sequence seed {seed}", seed, seq))
    return out


def module_cases():
    out = []

    def params(m):
        return [p.detach().flatten().tolist() for p in m.parameters()]

    specs = [
        ("Linear(4, 4)", lambda: torch.nn.Linear(4, 4)),
        ("Linear(10, 3, bias=False)", lambda: torch.nn.Linear(10, 3, bias=False)),
        ("Conv2d(3, 8, 3)", lambda: torch.nn.Conv2d(3, 8, 3)),
        ("Conv1d(2, 4, 5)", lambda: torch.nn.Conv1d(2, 4, 5)),
        ("Embedding(10, 4)", lambda: torch.nn.Embedding(10, 4)),
        ("Embedding(3, 5, padding_idx=1)", lambda: torch.nn.Embedding(3, 5, padding_idx=1)),
        ("LSTM(4, 8)", lambda: torch.nn.LSTM(4, 8)),
        ("GRU(3, 5, num_layers=2)", lambda: torch.nn.GRU(3, 5, num_layers=2)),
    ]
    for seed in [0, 7]:
        for name, make in specs:
            torch.manual_seed(seed)
            m = make()
            out.append({
                "name": f"{name} seed {seed}",
                "seed": seed,
                "module": name,
                "shapes": [list(p.shape) for p in m.parameters()],
                "expected": params(m),
            })
    return out


def default_seed_case():
    # torch.Generator() starts from default_rng_seed_val. (The process-wide
    # default generator is seeded randomly when torch is imported.)
    g = torch.Generator()
    return {
        "initialSeed": g.initial_seed(),
        "rand5": torch.rand(5, generator=g).tolist(),
        "randn3": torch.randn(3, generator=g).tolist(),
    }


def main():
    data = {
        "sampling": sampling_cases(),
        "other": other_cases(),
        "modules": module_cases(),
        "defaultSeed": default_seed_case(),
    }
    for key, value in data.items():
        with open(os.path.join(HERE, f"{key}.json"), "w") as fh:
            json.dump(value, fh, separators=(",", ":"))
            fh.write("\n")


if __name__ == "__main__":
    assert torch.__version__.startswith("1.13"), torch.__version__
    main()
