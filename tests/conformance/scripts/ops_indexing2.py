import torch

x = torch.arange(24).view(2, 3, 4)
print(x[0], x[:, 1], x[..., 2], x[1, :, ::2], x[:, -1, 1:3], x[None].shape, x[:, None, 0].shape)
print(x[0, 1, 2], x[-1, -1, -1], x[0][1][2], x[1, 1:], x[:1, :2, :3], x[::2, ::2, ::3])
print(x[torch.tensor([1, 0])].shape, x[0, torch.tensor([2, 0])], x[0, :, torch.tensor([3, 0])])
print(x[torch.tensor([0, 1]), torch.tensor([1, 2])], x[torch.tensor([0, 1]), :, torch.tensor([1, 2])])
m = x % 5 == 0
print(x[m], x[0][x[0] > 6], x[x.sum(2) > 30])
print(x[[0, 1]].shape, x[0, [0, 2]], x[[1]], x[0, [True, False, True]])
y = x.float()
print(torch.index_select(y, 1, torch.tensor([2, 0])), y.index_select(2, torch.tensor([1])))
g = torch.tensor([[0, 1], [1, 0]])
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.gather(t, 1, g), t.gather(0, torch.tensor([[1, 1], [0, 0]])), torch.gather(t, 1, torch.tensor([[1], [0]])))
z = torch.zeros(3, 4)
print(z.scatter(0, torch.tensor([[0, 1, 2, 0]]), 1.0), z.scatter(1, torch.tensor([[3], [2], [1]]), torch.ones(3, 1) * 5))
print(z.scatter_add(0, torch.tensor([[0, 0, 1, 1], [0, 1, 1, 2]]), torch.ones(2, 4)), torch.zeros(5).index_add(0, torch.tensor([0, 2, 0]), torch.tensor([1.0, 2.0, 3.0])))
print(t.masked_fill(t > 2, -1.0), t.masked_fill(torch.tensor([True, False]), 0), torch.where(t > 2, t, -t), torch.where(t > 2))
print(torch.where(t > 2, 1.0, 0.0), torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), torch.tensor([3.5, 4.5])))
print(t.masked_select(t > 1.5), torch.take(t, torch.tensor([3, 0])), t.index_fill(1, torch.tensor([0]), -2.0))
w = torch.zeros(2, 3)
w[0] = 1
w[:, 2] = torch.tensor([7.0, 8.0])
w[w == 0] = 5
w[1, 0] += 10
print(w)
v = torch.arange(6)
v[torch.tensor([0, 2])] = torch.tensor([10, 20])
v[-1] = -1
v[1:3] *= 3
print(v, v[v > 5], v.flip(0), v[torch.tensor([True, False, True, False, True, False])])
print(torch.arange(10)[2:8:3], torch.arange(10)[-3:], torch.arange(10)[:-7], torch.arange(10)[5:2], torch.arange(10)[100:])
e = torch.arange(12).view(3, 4)
print(e.narrow(1, 1, 2), e.select(0, 1), e.unbind(1), e.masked_fill(e % 2 == 1, 0), e.take_along_dim(torch.tensor([[0], [1], [2]]), 1))
print(e.index_put((torch.tensor([0, 2]), torch.tensor([1, 3])), torch.tensor([100, 200])), e.put(torch.tensor([0]), torch.tensor([-5])))
