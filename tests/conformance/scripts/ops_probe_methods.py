import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
x = torch.randn(3, 4)
y = torch.randn(4)
i = torch.tensor([3, 1, 2])
try:
    print('x.type_as(i)', "=>", x.type_as(i))
except Exception as e:
    print('x.type_as(i)', "=> ERR", type(e).__name__)
try:
    print('x.view_as(torch.zeros(4, 3)).shape', "=>", x.view_as(torch.zeros(4, 3)).shape)
except Exception as e:
    print('x.view_as(torch.zeros(4, 3)).shape', "=> ERR", type(e).__name__)
try:
    print('x.reshape_as(torch.zeros(2, 6)).shape', "=>", x.reshape_as(torch.zeros(2, 6)).shape)
except Exception as e:
    print('x.reshape_as(torch.zeros(2, 6)).shape', "=> ERR", type(e).__name__)
try:
    print('y.expand_as(x).shape', "=>", y.expand_as(x).shape)
except Exception as e:
    print('y.expand_as(x).shape', "=> ERR", type(e).__name__)
try:
    print('x.masked_scatter(x > 0, torch.arange(12.0))', "=>", x.masked_scatter(x > 0, torch.arange(12.0)))
except Exception as e:
    print('x.masked_scatter(x > 0, torch.arange(12.0))', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(3, 3).fill_diagonal_(5)', "=>", torch.zeros(3, 3).fill_diagonal_(5))
except Exception as e:
    print('torch.zeros(3, 3).fill_diagonal_(5)', "=> ERR", type(e).__name__)
try:
    print('torch.tril_indices(3, 3)', "=>", torch.tril_indices(3, 3))
except Exception as e:
    print('torch.tril_indices(3, 3)', "=> ERR", type(e).__name__)
try:
    print('torch.triu_indices(3, 3, 1)', "=>", torch.triu_indices(3, 3, 1))
except Exception as e:
    print('torch.triu_indices(3, 3, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.block_diag(torch.ones(2, 2), torch.tensor([[5]]))', "=>", torch.block_diag(torch.ones(2, 2), torch.tensor([[5]])))
except Exception as e:
    print('torch.block_diag(torch.ones(2, 2), torch.tensor([[5]]))', "=> ERR", type(e).__name__)
try:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]))', "=>", torch.trapz(torch.tensor([1.0, 2.0, 3.0])))
except Exception as e:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.cummax(i, 0)', "=>", torch.cummax(i, 0))
except Exception as e:
    print('torch.cummax(i, 0)', "=> ERR", type(e).__name__)
try:
    print('x.new_tensor([1, 2])', "=>", x.new_tensor([1, 2]))
except Exception as e:
    print('x.new_tensor([1, 2])', "=> ERR", type(e).__name__)
try:
    print('x.clone().detach().requires_grad_()', "=>", x.clone().detach().requires_grad_())
except Exception as e:
    print('x.clone().detach().requires_grad_()', "=> ERR", type(e).__name__)
try:
    print('x.data.shape', "=>", x.data.shape)
except Exception as e:
    print('x.data.shape', "=> ERR", type(e).__name__)
try:
    print('x.is_contiguous()', "=>", x.is_contiguous())
except Exception as e:
    print('x.is_contiguous()', "=> ERR", type(e).__name__)
try:
    print('x.t().is_contiguous()', "=>", x.t().is_contiguous())
except Exception as e:
    print('x.t().is_contiguous()', "=> ERR", type(e).__name__)
try:
    print('x.storage().size() if False else 0', "=>", x.storage().size() if False else 0)
except Exception as e:
    print('x.storage().size() if False else 0', "=> ERR", type(e).__name__)
try:
    print('x.abs().argmax(dim=1, keepdim=True)', "=>", x.abs().argmax(dim=1, keepdim=True))
except Exception as e:
    print('x.abs().argmax(dim=1, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('x.sum(dim=(0, 1))', "=>", x.sum(dim=(0, 1)))
except Exception as e:
    print('x.sum(dim=(0, 1))', "=> ERR", type(e).__name__)
try:
    print('x.mean(dim=(-1,), keepdim=True)', "=>", x.mean(dim=(-1,), keepdim=True))
except Exception as e:
    print('x.mean(dim=(-1,), keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('x.max(dim=-1, keepdim=True)', "=>", x.max(dim=-1, keepdim=True))
except Exception as e:
    print('x.max(dim=-1, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('torch.max(x)', "=>", torch.max(x))
except Exception as e:
    print('torch.max(x)', "=> ERR", type(e).__name__)
try:
    print('torch.max(x, 1)[0]', "=>", torch.max(x, 1)[0])
except Exception as e:
    print('torch.max(x, 1)[0]', "=> ERR", type(e).__name__)
try:
    print('torch.min(x, dim=0).values', "=>", torch.min(x, dim=0).values)
except Exception as e:
    print('torch.min(x, dim=0).values', "=> ERR", type(e).__name__)
try:
    print('x.clamp(min=-0.5).clamp(max=0.5)', "=>", x.clamp(min=-0.5).clamp(max=0.5))
except Exception as e:
    print('x.clamp(min=-0.5).clamp(max=0.5)', "=> ERR", type(e).__name__)
try:
    print('x.sign().sum()', "=>", x.sign().sum())
except Exception as e:
    print('x.sign().sum()', "=> ERR", type(e).__name__)
try:
    print('x[x.abs() > 1].numel()', "=>", x[x.abs() > 1].numel())
except Exception as e:
    print('x[x.abs() > 1].numel()', "=> ERR", type(e).__name__)
try:
    print('x.flatten().topk(3).indices', "=>", x.flatten().topk(3).indices)
except Exception as e:
    print('x.flatten().topk(3).indices', "=> ERR", type(e).__name__)
try:
    print('torch.argsort(x, dim=1, descending=True)', "=>", torch.argsort(x, dim=1, descending=True))
except Exception as e:
    print('torch.argsort(x, dim=1, descending=True)', "=> ERR", type(e).__name__)
try:
    print('torch.sort(x.flatten())[0][:3]', "=>", torch.sort(x.flatten())[0][:3])
except Exception as e:
    print('torch.sort(x.flatten())[0][:3]', "=> ERR", type(e).__name__)
try:
    print('x.std(dim=1, unbiased=True)', "=>", x.std(dim=1, unbiased=True))
except Exception as e:
    print('x.std(dim=1, unbiased=True)', "=> ERR", type(e).__name__)
try:
    print('x.var(dim=0, keepdim=True)', "=>", x.var(dim=0, keepdim=True))
except Exception as e:
    print('x.var(dim=0, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('x.norm(dim=1, p=2)', "=>", x.norm(dim=1, p=2))
except Exception as e:
    print('x.norm(dim=1, p=2)', "=> ERR", type(e).__name__)
try:
    print('x.renorm(2, 0, 1.0)', "=>", x.renorm(2, 0, 1.0))
except Exception as e:
    print('x.renorm(2, 0, 1.0)', "=> ERR", type(e).__name__)
try:
    print('torch.dist(x[0], x[1])', "=>", torch.dist(x[0], x[1]))
except Exception as e:
    print('torch.dist(x[0], x[1])', "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ij->i', x)", "=>", torch.einsum('ij->i', x))
except Exception as e:
    print("torch.einsum('ij->i', x)", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ij,j->i', x, y)", "=>", torch.einsum('ij,j->i', x, y))
except Exception as e:
    print("torch.einsum('ij,j->i', x, y)", "=> ERR", type(e).__name__)
try:
    print('x.softmax(-1).sum(-1)', "=>", x.softmax(-1).sum(-1))
except Exception as e:
    print('x.softmax(-1).sum(-1)', "=> ERR", type(e).__name__)
try:
    print('torch.nn.functional.normalize(x, dim=1).norm(dim=1)', "=>", torch.nn.functional.normalize(x, dim=1).norm(dim=1))
except Exception as e:
    print('torch.nn.functional.normalize(x, dim=1).norm(dim=1)', "=> ERR", type(e).__name__)
try:
    print('x.unsqueeze(0).repeat(2, 1, 1).shape', "=>", x.unsqueeze(0).repeat(2, 1, 1).shape)
except Exception as e:
    print('x.unsqueeze(0).repeat(2, 1, 1).shape', "=> ERR", type(e).__name__)
try:
    print('x.permute(1, 0).reshape(-1)[:4]', "=>", x.permute(1, 0).reshape(-1)[:4])
except Exception as e:
    print('x.permute(1, 0).reshape(-1)[:4]', "=> ERR", type(e).__name__)
try:
    print('x.roll(1, 0)[0]', "=>", x.roll(1, 0)[0])
except Exception as e:
    print('x.roll(1, 0)[0]', "=> ERR", type(e).__name__)
try:
    print('x.flip(1)[0]', "=>", x.flip(1)[0])
except Exception as e:
    print('x.flip(1)[0]', "=> ERR", type(e).__name__)
try:
    print('x.tril(-1)', "=>", x.tril(-1))
except Exception as e:
    print('x.tril(-1)', "=> ERR", type(e).__name__)
try:
    print('x.triu()', "=>", x.triu())
except Exception as e:
    print('x.triu()', "=> ERR", type(e).__name__)
try:
    print('x.diag()', "=>", x.diag())
except Exception as e:
    print('x.diag()', "=> ERR", type(e).__name__)
try:
    print('torch.diag(y)', "=>", torch.diag(y))
except Exception as e:
    print('torch.diag(y)', "=> ERR", type(e).__name__)
try:
    print('torch.diag_embed(y[:2])', "=>", torch.diag_embed(y[:2]))
except Exception as e:
    print('torch.diag_embed(y[:2])', "=> ERR", type(e).__name__)
try:
    print('x.diagonal(offset=1)', "=>", x.diagonal(offset=1))
except Exception as e:
    print('x.diagonal(offset=1)', "=> ERR", type(e).__name__)
try:
    print('x.trace()', "=>", x.trace())
except Exception as e:
    print('x.trace()', "=> ERR", type(e).__name__)
try:
    print('torch.outer(y, y).shape', "=>", torch.outer(y, y).shape)
except Exception as e:
    print('torch.outer(y, y).shape', "=> ERR", type(e).__name__)
try:
    print('torch.kron(torch.eye(2), x[:2, :2]).shape', "=>", torch.kron(torch.eye(2), x[:2, :2]).shape)
except Exception as e:
    print('torch.kron(torch.eye(2), x[:2, :2]).shape', "=> ERR", type(e).__name__)
try:
    print('x.cumsum(dim=1)[:, -1]', "=>", x.cumsum(dim=1)[:, -1])
except Exception as e:
    print('x.cumsum(dim=1)[:, -1]', "=> ERR", type(e).__name__)
try:
    print('x.cumprod(dim=1)[:, -1]', "=>", x.cumprod(dim=1)[:, -1])
except Exception as e:
    print('x.cumprod(dim=1)[:, -1]', "=> ERR", type(e).__name__)
try:
    print('x.log_softmax(dim=1)[0]', "=>", x.log_softmax(dim=1)[0])
except Exception as e:
    print('x.log_softmax(dim=1)[0]', "=> ERR", type(e).__name__)
try:
    print('x.exp().log()[0]', "=>", x.exp().log()[0])
except Exception as e:
    print('x.exp().log()[0]', "=> ERR", type(e).__name__)
try:
    print('torch.isclose(x.exp().log(), x).all()', "=>", torch.isclose(x.exp().log(), x).all())
except Exception as e:
    print('torch.isclose(x.exp().log(), x).all()', "=> ERR", type(e).__name__)
try:
    print('x.half().float()[0]', "=>", x.half().float()[0])
except Exception as e:
    print('x.half().float()[0]', "=> ERR", type(e).__name__)
try:
    print('x.to(torch.float16)[0]', "=>", x.to(torch.float16)[0])
except Exception as e:
    print('x.to(torch.float16)[0]', "=> ERR", type(e).__name__)
try:
    print('x.bfloat16()[0] if False else 0', "=>", x.bfloat16()[0] if False else 0)
except Exception as e:
    print('x.bfloat16()[0] if False else 0', "=> ERR", type(e).__name__)
try:
    print('x.round(decimals=2)[0]', "=>", x.round(decimals=2)[0])
except Exception as e:
    print('x.round(decimals=2)[0]', "=> ERR", type(e).__name__)
try:
    print('torch.frac(x)[0]', "=>", torch.frac(x)[0])
except Exception as e:
    print('torch.frac(x)[0]', "=> ERR", type(e).__name__)
try:
    print('x.floor_divide(0.5)[0]', "=>", x.floor_divide(0.5)[0])
except Exception as e:
    print('x.floor_divide(0.5)[0]', "=> ERR", type(e).__name__)
try:
    print('x.remainder(0.5)[0]', "=>", x.remainder(0.5)[0])
except Exception as e:
    print('x.remainder(0.5)[0]', "=> ERR", type(e).__name__)
try:
    print('x.fmod(0.5)[0]', "=>", x.fmod(0.5)[0])
except Exception as e:
    print('x.fmod(0.5)[0]', "=> ERR", type(e).__name__)
try:
    print('x.add(1).sub(1).mul(2).div(2)[0]', "=>", x.add(1).sub(1).mul(2).div(2)[0])
except Exception as e:
    print('x.add(1).sub(1).mul(2).div(2)[0]', "=> ERR", type(e).__name__)
try:
    print('x.addcmul(x, x, value=0.1)[0]', "=>", x.addcmul(x, x, value=0.1)[0])
except Exception as e:
    print('x.addcmul(x, x, value=0.1)[0]', "=> ERR", type(e).__name__)
try:
    print('torch.lerp(x, torch.zeros(3, 4), 0.5)[0]', "=>", torch.lerp(x, torch.zeros(3, 4), 0.5)[0])
except Exception as e:
    print('torch.lerp(x, torch.zeros(3, 4), 0.5)[0]', "=> ERR", type(e).__name__)
try:
    print("x.masked_fill(x < 0, float('-inf')).softmax(1)[0]", "=>", x.masked_fill(x < 0, float('-inf')).softmax(1)[0])
except Exception as e:
    print("x.masked_fill(x < 0, float('-inf')).softmax(1)[0]", "=> ERR", type(e).__name__)
try:
    print('x.nan_to_num(nan=0.0)[0]', "=>", x.nan_to_num(nan=0.0)[0])
except Exception as e:
    print('x.nan_to_num(nan=0.0)[0]', "=> ERR", type(e).__name__)
try:
    print('torch.count_nonzero(x > 0, dim=0)', "=>", torch.count_nonzero(x > 0, dim=0))
except Exception as e:
    print('torch.count_nonzero(x > 0, dim=0)', "=> ERR", type(e).__name__)
try:
    print('x.any(dim=1)', "=>", x.any(dim=1))
except Exception as e:
    print('x.any(dim=1)', "=> ERR", type(e).__name__)
try:
    print('x.bool().all()', "=>", x.bool().all())
except Exception as e:
    print('x.bool().all()', "=> ERR", type(e).__name__)
try:
    print('x.argmin()', "=>", x.argmin())
except Exception as e:
    print('x.argmin()', "=> ERR", type(e).__name__)
try:
    print('x.amin(dim=(0, 1))', "=>", x.amin(dim=(0, 1)))
except Exception as e:
    print('x.amin(dim=(0, 1))', "=> ERR", type(e).__name__)
try:
    print('x.logsumexp(dim=1)', "=>", x.logsumexp(dim=1))
except Exception as e:
    print('x.logsumexp(dim=1)', "=> ERR", type(e).__name__)
try:
    print('x.relu()[0]', "=>", x.relu()[0])
except Exception as e:
    print('x.relu()[0]', "=> ERR", type(e).__name__)
try:
    print('x.sigmoid()[0]', "=>", x.sigmoid()[0])
except Exception as e:
    print('x.sigmoid()[0]', "=> ERR", type(e).__name__)
try:
    print('x.tanh()[0]', "=>", x.tanh()[0])
except Exception as e:
    print('x.tanh()[0]', "=> ERR", type(e).__name__)
try:
    print('x.square()[0]', "=>", x.square()[0])
except Exception as e:
    print('x.square()[0]', "=> ERR", type(e).__name__)
try:
    print('x.pow(3)[0]', "=>", x.pow(3)[0])
except Exception as e:
    print('x.pow(3)[0]', "=> ERR", type(e).__name__)
try:
    print('x.rsqrt()[0]', "=>", x.rsqrt()[0])
except Exception as e:
    print('x.rsqrt()[0]', "=> ERR", type(e).__name__)
try:
    print('x.reciprocal()[0]', "=>", x.reciprocal()[0])
except Exception as e:
    print('x.reciprocal()[0]', "=> ERR", type(e).__name__)
try:
    print('x.expm1()[0]', "=>", x.expm1()[0])
except Exception as e:
    print('x.expm1()[0]', "=> ERR", type(e).__name__)
try:
    print('x.log1p()[0]', "=>", x.log1p()[0])
except Exception as e:
    print('x.log1p()[0]', "=> ERR", type(e).__name__)
try:
    print('x.sinh()[0]', "=>", x.sinh()[0])
except Exception as e:
    print('x.sinh()[0]', "=> ERR", type(e).__name__)
try:
    print('x.atan2(y)[0]', "=>", x.atan2(y)[0])
except Exception as e:
    print('x.atan2(y)[0]', "=> ERR", type(e).__name__)
try:
    print('x.masked_scatter(x > 0, torch.arange(12.0))', "=>", x.masked_scatter(x > 0, torch.arange(12.0)))
except Exception as e:
    print('x.masked_scatter(x > 0, torch.arange(12.0))', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(3, 3).fill_diagonal_(5)', "=>", torch.zeros(3, 3).fill_diagonal_(5))
except Exception as e:
    print('torch.zeros(3, 3).fill_diagonal_(5)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(5, 2).fill_diagonal_(1, wrap=True)', "=>", torch.zeros(5, 2).fill_diagonal_(1, wrap=True))
except Exception as e:
    print('torch.zeros(5, 2).fill_diagonal_(1, wrap=True)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(5, 2).fill_diagonal_(1)', "=>", torch.zeros(5, 2).fill_diagonal_(1))
except Exception as e:
    print('torch.zeros(5, 2).fill_diagonal_(1)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(2, 4).fill_diagonal_(3)', "=>", torch.zeros(2, 4).fill_diagonal_(3))
except Exception as e:
    print('torch.zeros(2, 4).fill_diagonal_(3)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(2, 2, 2).fill_diagonal_(7)', "=>", torch.zeros(2, 2, 2).fill_diagonal_(7))
except Exception as e:
    print('torch.zeros(2, 2, 2).fill_diagonal_(7)', "=> ERR", type(e).__name__)
try:
    print('torch.tril_indices(3, 3)', "=>", torch.tril_indices(3, 3))
except Exception as e:
    print('torch.tril_indices(3, 3)', "=> ERR", type(e).__name__)
try:
    print('torch.triu_indices(3, 3, 1)', "=>", torch.triu_indices(3, 3, 1))
except Exception as e:
    print('torch.triu_indices(3, 3, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.tril_indices(2, 4, -1)', "=>", torch.tril_indices(2, 4, -1))
except Exception as e:
    print('torch.tril_indices(2, 4, -1)', "=> ERR", type(e).__name__)
try:
    print('torch.block_diag(torch.ones(2, 2), torch.tensor([[5]]))', "=>", torch.block_diag(torch.ones(2, 2), torch.tensor([[5]])))
except Exception as e:
    print('torch.block_diag(torch.ones(2, 2), torch.tensor([[5]]))', "=> ERR", type(e).__name__)
try:
    print('torch.block_diag(torch.tensor([1, 2]), torch.tensor(3.5))', "=>", torch.block_diag(torch.tensor([1, 2]), torch.tensor(3.5)))
except Exception as e:
    print('torch.block_diag(torch.tensor([1, 2]), torch.tensor(3.5))', "=> ERR", type(e).__name__)
try:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]))', "=>", torch.trapz(torch.tensor([1.0, 2.0, 3.0])))
except Exception as e:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]), dx=0.5)', "=>", torch.trapz(torch.tensor([1.0, 2.0, 3.0]), dx=0.5))
except Exception as e:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]), dx=0.5)', "=> ERR", type(e).__name__)
try:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 3.0]))', "=>", torch.trapz(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 3.0])))
except Exception as e:
    print('torch.trapz(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 3.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.trapezoid(x, dim=0)', "=>", torch.trapezoid(x, dim=0))
except Exception as e:
    print('torch.trapezoid(x, dim=0)', "=> ERR", type(e).__name__)
try:
    print('torch.trapz(x, torch.tensor([0.0, 1.0, 3.0, 4.0]))', "=>", torch.trapz(x, torch.tensor([0.0, 1.0, 3.0, 4.0])))
except Exception as e:
    print('torch.trapz(x, torch.tensor([0.0, 1.0, 3.0, 4.0]))', "=> ERR", type(e).__name__)
try:
    print('x.renorm(2, 0, 1.0)', "=>", x.renorm(2, 0, 1.0))
except Exception as e:
    print('x.renorm(2, 0, 1.0)', "=> ERR", type(e).__name__)
try:
    print('x.renorm(1, 1, 0.5)', "=>", x.renorm(1, 1, 0.5))
except Exception as e:
    print('x.renorm(1, 1, 0.5)', "=> ERR", type(e).__name__)
