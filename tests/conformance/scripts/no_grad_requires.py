import torch

x = torch.ones(2, 2, requires_grad=True)
print(x)
print(x.requires_grad, x.is_leaf)
with torch.no_grad():
    y = x * 2
print(y, y.requires_grad)
z = torch.zeros(3)
print(z.requires_grad)
z.requires_grad_()
print(z)
d = x.detach()
print(d, d.requires_grad)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.data)
