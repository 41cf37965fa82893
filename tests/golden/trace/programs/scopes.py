import torch
import torch.nn as nn


class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(3) * 2)

    def forward(self, x):
        y = x * self.scale
        return y.view(x.size(0), -1) + 1


class Middle(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def forward(self, x):
        a = self.inner(x)
        return a - 1, a * 3


class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.mid = Middle()

    def forward(self, x):
        p, q = self.mid(x)
        return p + q + 1


t = torch.jit.trace(Outer(), (torch.ones(2, 3),))
print(t.graph)
print(t.inlined_graph)
print(t.mid.graph)
print(t.mid.inner.graph)
print(t.mid.code)
