import torch

print(torch.arange(2000))
print(torch.arange(1500.0).reshape(30, 50))
print(torch.ones(1001))
print(torch.zeros(10, 200, dtype=torch.int32))
print(torch.linspace(0, 1, 1200))
x = torch.arange(24).reshape(2, 3, 4)
print(x)
print(torch.arange(5000).reshape(10, 10, 50))
