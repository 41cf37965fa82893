import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.InstanceNorm2d(3)
a = nn.InstanceNorm2d(3, affine=True)
b = nn.InstanceNorm1d(2)
print(m, a, b)
x = torch.randn(2, 3, 4, 4)
print(m(x)[0, 0], a(x)[1, 2, 0], b(torch.randn(2, 2, 5)), m(x[0])[1, 0])
print(list(dict(a.named_parameters()).keys()), list(a.state_dict().keys()))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.n = nn.InstanceNorm2d(3, affine=True)
        self.c = nn.ConvTranspose1d(2, 3, 2) if False else nn.Identity()

    def forward(self, x):
        return self.c(self.n(x))


s = torch.jit.script(Net())
print(s(x)[0, 1, 0])
