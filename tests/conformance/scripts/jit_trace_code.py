import torch


def f(x, y):
    z = x * 2 + y
    return torch.relu(z).sum(dim=0)


x = torch.ones(2, 3)
y = torch.full((2, 3), -1.5)
tf = torch.jit.trace(f, (x, y))
print(tf.code)
print(tf(x, y))
print(tf(torch.ones(4, 3), torch.zeros(4, 3)))
print(type(tf).__name__)


def g(x):
    return x.view(-1, x.size(1) * 2)


tg = torch.jit.trace(g, torch.ones(4, 3))
print(tg.code)
print(tg(torch.ones(6, 3)).shape)
