import torch

torch.manual_seed(0)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w) + b
print(z.requires_grad)
with torch.no_grad():
    z = torch.matmul(x, w) + b
print(z.requires_grad)
z = torch.matmul(x, w) + b
z_det = z.detach()
print(z_det.requires_grad)
print(w.is_leaf, z.is_leaf, z_det.is_leaf)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
    print((w * 2).requires_grad)
a = torch.tensor([1.0, 2.0])
a.requires_grad_()
print(a)
print(a.requires_grad, a.grad)
print(b)
