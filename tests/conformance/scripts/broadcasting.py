import torch

x = torch.arange(3).reshape(3, 1)
y = torch.arange(4)
print(x + y)
print((x * y).shape)
a = torch.ones(2, 1, 4)
b = torch.ones(3, 1)
print((a + b).shape)
print(torch.broadcast_tensors(torch.tensor([1, 2]), torch.tensor([[0], [10]])))
c = torch.zeros(2, 3)
c += torch.tensor([1.0, 2.0, 3.0])
print(c)
try:
    torch.ones(2, 3) + torch.ones(4)
except RuntimeError as e:
    print(e)
try:
    c += torch.ones(2, 2, 3)
except RuntimeError as e:
    print(e)
print(torch.ones(3).expand(2, 3), torch.tensor([[1], [2]]).expand(-1, 3))
print(torch.tensor(5) * torch.ones(2, 2, dtype=torch.int64))
