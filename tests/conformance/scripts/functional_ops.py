import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 5)
print(F.softmax(x, dim=1))
print(F.log_softmax(x, dim=-1))
print(F.relu(x), F.gelu(x), F.silu(x))
print(F.leaky_relu(x, 0.1), F.elu(x), torch.tanh(x))
print(F.normalize(x, dim=1))
print(F.pad(torch.ones(1, 2), (1, 2)))
print(F.one_hot(torch.tensor([0, 2, 1]), 3))
img = torch.arange(16.0).reshape(1, 1, 4, 4)
print(F.max_pool2d(img, 2), F.avg_pool2d(img, 2))
print(F.adaptive_avg_pool2d(img, (1, 1)))
print(F.cross_entropy(x, torch.tensor([1, 3])))
print(F.mse_loss(x, torch.zeros(2, 5)))
print(F.dropout(x, p=0.5, training=False))
print(F.linear(torch.ones(1, 3), torch.ones(2, 3), torch.tensor([0.5, -0.5])))
