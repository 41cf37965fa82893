import torch
import torch.nn as nn


class Residual(nn.Module):
    def __init__(self, dim, hidden=8):
        super().__init__()
        self.lin1 = nn.Linear(dim, hidden)
        self.lin2 = nn.Linear(hidden, dim)
        self.register_buffer("scale", torch.tensor(0.5))
        self.act = nn.ReLU()

    def forward(self, x):
        return x + self.scale * self.lin2(self.act(self.lin1(x)))

    def extra_repr(self):
        return "custom"


torch.manual_seed(7)
m = Residual(3)
print(m)
print([k for k in m.state_dict()])
print([n for n, _ in m.named_buffers()], [n for n, _ in m.named_children()])
print([n for n, _ in m.named_modules()])
x = torch.randn(2, 3)
print(m(x))
m.lin1.weight.data.fill_(0.0)
print(m(x))
print(m.scale, m.lin1.in_features, m.lin2.weight.shape)
