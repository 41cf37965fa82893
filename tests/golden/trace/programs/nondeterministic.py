import torch
import torch.nn.functional as F
def noisy(x):
    return x + torch.rand_like(x)
t = torch.jit.trace(noisy, (torch.rand(3),))
