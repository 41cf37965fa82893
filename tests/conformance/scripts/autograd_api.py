import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Linear(3, 2)
out = net(torch.randn(4, 3)).pow(2).mean()
out.backward()
print(net.weight.grad)
net.zero_grad()
print(net.weight.grad)
net.zero_grad(set_to_none=True)
print(net.weight.grad, net.bias.grad)

a = torch.randn(3, requires_grad=True)
b = a * 2
b.retain_grad()
c = b.relu()
(c * c).sum().backward()
print(a.grad, b.grad)
a.grad.data.zero_()
print(a.grad)
print(b.is_leaf, b.requires_grad)

gs = torch.autograd.grad((a * a).sum(), [a])
print(gs)
print(a.grad)
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, -1.0], requires_grad=True)
gx, gw = torch.autograd.grad((x * w).sum() + x.pow(2).sum(), (x, w))
print(gx, gw)
unused = torch.ones(2, requires_grad=True)
try:
    torch.autograd.grad((x * 2).sum(), [x, unused])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.grad((x * 2).sum(), [x, unused], allow_unused=True))
torch.autograd.backward([(x * w).sum()], [torch.tensor(2.0)])
print(x.grad, w.grad)
with torch.autograd.no_grad():
    print((x * 2).requires_grad)
