import torch
def _inner(x, y):
    return x * 2 - y
inner = torch.jit.trace(_inner, (torch.rand(2), torch.rand(2)))
def outer(a, b):
    return inner(b, y=a) + 1
t = torch.jit.trace(outer, (torch.ones(2), torch.zeros(2)))
print(t.code)
print(t(torch.ones(2), torch.zeros(2)))
