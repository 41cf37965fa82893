import torch

x = torch.zeros(3)
y = x
x.add_(1)
print(x, y)
x.mul_(3).sub_(0.5)
print(y)
x += 1
print(y)
x = x + 1
print(x, y)
z = torch.arange(6.0).view(2, 3)
row = z[1]
row.fill_(-1)
print(z)
z[:, 0].zero_()
print(z)
z.div_(2)
print(z)
w = torch.ones(2, 2)
w.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(w)
w.pow_(2).neg_()
print(w)
w.abs_().sqrt_()
print(w)
v = torch.tensor([1, 2, 3])
v *= 2
print(v)
