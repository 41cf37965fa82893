import torch
from typing import List


@torch.jit.script
def clip_sum(x: torch.Tensor, limit: float) -> torch.Tensor:
    total = torch.zeros(1)
    for i in range(x.size(0)):
        if x[i] > limit:
            total += limit
        else:
            total += x[i]
    return total


print(clip_sum(torch.tensor([0.5, 3.0, 1.0]), 1.0))
print(clip_sum.code)


@torch.jit.script
def count(xs: List[int]) -> int:
    n = 0
    for v in xs:
        if v % 2 == 0:
            n += 1
    return n


print(count([1, 2, 4, 7]))
print(count.code)
print(type(count).__name__)
