import torch
import torch.nn.functional as F

a = torch.ones(2, 3)
b = torch.ones(4, 5)
i = torch.tensor([1, 2, 3])
try:
    r = a + b
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a * torch.ones(3, 2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.view(4, -1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.view(-1, -1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.reshape(4)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.permute(0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.permute(0, 0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.transpose(0, 2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.squeeze(3)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.unsqueeze(4)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.sum(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.mean()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i.mean()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i.std()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.expand(3, 3)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.expand(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.repeat(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.cat([a, b])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.cat([a, b], 1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.cat([])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.stack([a, b])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a[2]
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a[0, 5]
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a[:, 3]
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a[torch.tensor([3])]
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a[torch.tensor([True, False, True])]
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.index_select(0, torch.tensor([5]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.gather(1, torch.tensor([[5]]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.gather(1, torch.tensor([[0.0]]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.masked_fill(torch.ones(3, 3) > 0, 1.0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.where(a, a, a)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a @ i.float()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.mm(b)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.bmm(a, a)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.matmul(torch.tensor(1.0), a)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.mm(a.t().long())
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.mv(a, torch.ones(2))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.dot(a)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i.float().dot(i)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.softmax(a, 2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.linear(a, torch.ones(4, 4))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.conv2d(torch.ones(1, 3, 4, 4), torch.ones(2, 2, 3, 3))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.conv2d(torch.ones(3, 4, 4), torch.ones(2, 3, 5, 5))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.max_pool2d(torch.ones(1, 1, 2, 2), 3)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.embedding(torch.tensor([5]), torch.ones(3, 2))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.embedding(torch.tensor([0.5]), torch.ones(3, 2))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.cross_entropy(torch.ones(2, 3), torch.tensor([0, 3]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.nll_loss(torch.ones(2, 3), torch.tensor([0.0, 1.0]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.mse_loss(torch.ones(2), torch.ones(3))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.layer_norm(a, [2])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.batch_norm(torch.ones(2, 3), torch.zeros(2), torch.ones(2))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.one_hot(torch.tensor([3]), 2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = F.one_hot(torch.tensor([1.0]))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.zeros(-1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.arange(0, 10, 0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.arange(10, 0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.linspace(0, 1, -1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.eye(-1)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([[1, 2], [3]])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([1, 'a'])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i.item()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = int(i)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = float(a)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i // 0
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i % 0
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([1, 2]) << 1.5
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([1.5]) & 1
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = -torch.tensor([True])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([True]) - torch.tensor([True])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.chunk(0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.split(0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.split([1, 1])
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.narrow(1, 2, 2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.select(2, 0)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.flatten(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.unflatten(1, (2, 2))
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.topk(4)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.kthvalue(4)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.cumsum(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.norm(dim=5)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.max(2)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([]).max()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.tensor([]).argmax()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.to(torch.int32).sqrt_()
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = i.add_(1.5)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = a.view(3, 2).t().view(6)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    r = torch.ones(2, 2).float().bool().sum(dtype=torch.float32)
    print("ok", r)
except Exception as e:
    print(type(e).__name__ + ":", e)
