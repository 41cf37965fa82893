import torch

a = torch.tensor([1.0, 2.0])
b = torch.tensor([[1, 2], [3, 4]])
print([a, b])
print((a, b))
print({"a": a, "b": b})
print([torch.tensor(1.5), torch.tensor(True)])
print(list(torch.arange(3)))
print(torch.zeros(2, 2).tolist(), a.tolist(), b.tolist())
print(torch.chunk(torch.arange(6), 3))
print(torch.split(torch.arange(5), 2))
print(torch.ones(2, 2).unbind(0))
d = {"x": torch.ones(1), 1: [torch.zeros(1)]}
print(d)
print(str([a]))
print([[a], {"k": (b,)}])
