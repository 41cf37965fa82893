import torch

x = torch.arange(12.0).reshape(3, 4)
v = x[1]
v[0] = 100.0
print(x)
t = x.t()
t[0, 2] = -1.0
print(x, t.is_contiguous(), x.is_contiguous())
x[:, 1] += 10
print(x)
y = x.view(4, 3)
y.mul_(2)
print(x)
z = x.clone()
z.zero_()
print(x.sum(), z.sum())
s = x[::2, 1:3]
s.fill_(7)
print(x, s.shape, s.stride())
w = torch.zeros(2, 3)
w[0] = torch.tensor([1.0, 2.0, 3.0])
w[1, :2] = 5
print(w)
a = torch.ones(3)
b = a
b.add_(1)
print(a, a is b, a.data_ptr() == b.data_ptr())
n = torch.arange(6).reshape(2, 3)
n.unsqueeze(0)[0, 1, 1] = 99
print(n, n.flatten(), n.reshape(-1).shape)
try:
    x.t().view(12)
except RuntimeError as e:
    print(e)
