import torch
import torch.nn as nn

@torch.jit.script
def f(x, w):
    return torch.tanh(x @ w).sum()

torch.manual_seed(0)
x = torch.randn(3, 4)
w = torch.randn(4, 2, requires_grad=True)
loss = f(x, w)
loss.backward()
print(loss, w.grad)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l = nn.Linear(4, 2)
    def forward(self, x):
        return torch.relu(self.l(x)).mean()

net = Net()
s = torch.jit.script(net)
out = s(x)
out.backward()
print(out, net.l.weight.grad)
t = torch.jit.trace(Net(), x)
o = t(x)
o.backward()
print(o, t.l.weight.grad)
opt = torch.optim.SGD(t.parameters(), lr=0.1)
opt.step()
print(t.l.weight)

# Tensors computed while a trace records keep their history too.
captured = []


def f(x):
    y = (x * 2).sum(dim=0)
    captured.append(y)
    return y


x = torch.ones(3, 2, requires_grad=True)
g = torch.jit.trace(f, x)
captured[0].sum().backward()
print(x.grad, captured[0])
