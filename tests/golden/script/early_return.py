import torch

def f(x: torch.Tensor, n: int) -> torch.Tensor:
    if n < 0:
        return -x
    elif n == 0:
        return x * 0
    y = x + n
    return y
