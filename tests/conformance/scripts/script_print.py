import torch
from typing import List, Dict, Tuple, Optional


@torch.jit.script
def show(x: torch.Tensor, n: int, f: float, s: str, xs: List[float], d: Dict[str, int], t: Tuple[int, float], o: Optional[int]):
    print(x)
    print(n, f, s)
    print(xs, d, t, o)
    print(f / 3, f * 1e10, 1e-5, 0.1 + 0.2, 100.0, -0.0, 2.5e-7)
    print("sum:", x.sum(), x.shape, x.dtype, x.size(0))
    print([x[0], x[1]])
    print(n // 2, n % 3, float(n), int(f), f > 1.0, [1, 2] + [3], (1, "a"))
    print(f"{n} and {f}")
    print("{} {}".format(n, xs))
    return x * 2


print(show(torch.tensor([1.5, -2.0]), 7, 2.5, "hi", [1.0, 0.5], {"a": 1}, (3, 4.5), None))
print(show(torch.tensor([[1, 2], [3, 4]]), -3, 1e20, "", [], {}, (0, 0.0), 5))
