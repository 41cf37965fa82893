import torch
import torch.nn.functional as F

def scale(x: torch.Tensor, k: float = 2.0) -> torch.Tensor:
    return x * k

def f(x: torch.Tensor):
    y = scale(x) + scale(x, k=0.5)
    z = F.relu(y).view(-1)
    t = (y, z)
    return t[0], torch.cat([y, z.view(y.shape)], dim=0), max(1, 2)
