import torch

def f(x: torch.Tensor, n: int):
    x += 1
    n += 2
    x[0] = 1.0
    x[1] += 3
    return x, n
