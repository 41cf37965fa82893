import torch

torch.manual_seed(0)
x = torch.arange(12).reshape(3, 4)
print(x, x.shape, x.dtype, x.size(1), x.dim(), x.numel())
print(x[0], x[-1, 1:], x[:, ::2], x[..., 0], x[1:3, None, 0])
print(x + 1, x * 2.5, x / 2, x // 3, x % 5, -x, 1 - x, 2 ** x[0])
y = x.float()
print(y.sum(), y.mean(dim=0), y.max(), y.T, y @ y.T, y.tolist()[0], y[0, 1].item())
m = y > 5
print(m, y[m], m.sum(), torch.where(m, y, torch.zeros_like(y)))
z = torch.zeros(2, 3)
z[0] = 1
z[1, 1:] = torch.tensor([5.0, 6.0])
z += 1
print(z, torch.cat([z, z]).shape, torch.stack([z, z], dim=1).shape, z.view(-1), z.t().contiguous())
print(x.chunk(2, dim=1), torch.split(x, 2), x.unsqueeze(0).shape, x.flatten(), len(x))
print(torch.tensor([1, 2, 3]), torch.tensor([[1.5, 2.0]]), torch.tensor(True), torch.ones(2, dtype=torch.int64))
for row in torch.eye(2):
    print(row)
print(torch.rand(2, 2), torch.randn(3), torch.randint(0, 5, (4,)), x.shape[0] * 2, x.shape[1:])
