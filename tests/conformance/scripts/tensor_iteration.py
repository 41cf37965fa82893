import torch

x = torch.arange(6).reshape(3, 2)
for row in x:
    print(row)
for i, v in enumerate(torch.tensor([0.5, 1.5])):
    print(i, v, v.item())
a, b, c = torch.tensor([1, 2, 3])
print(a + b + c)
print(list(torch.arange(3)))
print([t.item() for t in torch.tensor([1.5, 2.5])])
print(max(torch.tensor([3, 9, 2])))
print(sum(torch.tensor([1.0, 2.0])))
print(torch.tensor([1.0]) if torch.tensor(2) > 1 else None)
print(bool(torch.tensor([0])), int(torch.tensor(3.7)), float(torch.tensor(2)))
print(x.shape[0] == 3, [s for s in x.shape])
