import torch

x = torch.arange(10) * 2
print(x[x > 10], x[[1, 3, 5]], x[-3:], x[torch.tensor([0, 9])])
m = torch.tensor([[1.0, -2.0], [-3.0, 4.0]])
print(m[m < 0], m[:, 0], m[..., 1], m[None].shape, m[:, None, :].shape)
m[m < 0] = 0
print(m)
print(torch.masked_select(torch.arange(4), torch.tensor([True, False, True, False])))
print(torch.nonzero(torch.tensor([0, 3, 0, 5])))
idx = torch.tensor([2, 0])
print(torch.index_select(torch.arange(6).reshape(3, 2), 0, idx))
print(torch.gather(torch.tensor([[1, 2], [3, 4]]), 1, torch.tensor([[0, 0], [1, 0]])))
e = torch.zeros(5)
e[torch.tensor([1, 3])] = torch.tensor([7.0, 8.0])
print(e)
print(x[2].item(), int(x[3]), float(m[1, 1]))
a = torch.arange(24).reshape(2, 3, 4)
print(a[1, :, ::2], a[:, -1], a[0, 1:, 2])
try:
    x[20]
except IndexError as err:
    print(err)
