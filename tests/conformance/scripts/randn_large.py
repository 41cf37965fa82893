import torch

torch.manual_seed(1)
x = torch.randn(17)
print(x)
y = torch.randn(5, 7)
print(y)
print(torch.rand(3, 20))
print(torch.randn(2, 2, 2))
print(torch.randperm(30))
