import torch
import torch.nn as nn


class MyCell(nn.Module):
    def __init__(self):
        super(MyCell, self).__init__()
        self.linear = nn.Linear(4, 4)

    def forward(self, x, h):
        new_h = torch.tanh(self.linear(x) + h)
        return new_h, new_h

    @torch.jit.export
    def scaled(self, x, s: float):
        return self.linear(x) * s


torch.manual_seed(0)
m = torch.jit.script(MyCell())
print(m)
print(m.linear)
print(m.original_name, m.linear.original_name)
print(m.linear.weight.shape)
print(m.code)
print(m.scaled.code)
x = torch.rand(3, 4)
h = torch.rand(3, 4)
with torch.no_grad():
    print(m(x, h)[0].sum())
    print(m.scaled(x, 2.0).sum())
