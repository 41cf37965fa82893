import torch
from typing import List

def f(xs: List[int], names: List[str]) -> int:
    total = 0
    for i, v in enumerate(xs):
        total += i * v
    for a, s in zip(xs, names):
        total += a + len(s)
    for k in range(2, 10, 3):
        if k == 5:
            continue
        total -= k
    return total
