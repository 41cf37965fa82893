import torch
import torch.nn.functional as F
import math

x = torch.tensor([[1.0, 5.0, 2.0, 5.0], [-3.0, 0.5, 4.0, 4.0], [2.0, 2.0, -1.0, 0.0]])
i = torch.tensor([[3, 1, 4], [1, 5, 9]])
f = torch.tensor([0.5, -1.5, 2.0])
v = torch.tensor([5, -7, 9])
b = torch.tensor([True, False, True])
try:
    print('torch.arange(4).float().new_empty(2).shape', "=>", torch.arange(4).float().new_empty(2).shape)
except Exception as e:
    print('torch.arange(4).float().new_empty(2).shape', "=> ERR", type(e).__name__)
try:
    print('v << 1', "=>", v << 1)
except Exception as e:
    print('v << 1', "=> ERR", type(e).__name__)
try:
    print('v >> 1', "=>", v >> 1)
except Exception as e:
    print('v >> 1', "=> ERR", type(e).__name__)
try:
    print('v << torch.tensor([1, 2, 3])', "=>", v << torch.tensor([1, 2, 3]))
except Exception as e:
    print('v << torch.tensor([1, 2, 3])', "=> ERR", type(e).__name__)
try:
    print('torch.cummax(x, 1)', "=>", torch.cummax(x, 1))
except Exception as e:
    print('torch.cummax(x, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.cummin(x, 0)', "=>", torch.cummin(x, 0))
except Exception as e:
    print('torch.cummin(x, 0)', "=> ERR", type(e).__name__)
try:
    print('x.cummax(0)', "=>", x.cummax(0))
except Exception as e:
    print('x.cummax(0)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(5).index_add(0, torch.tensor([0, 2, 0]), torch.tensor([1.0, 2.0, 3.0]))', "=>", torch.zeros(5).index_add(0, torch.tensor([0, 2, 0]), torch.tensor([1.0, 2.0, 3.0])))
except Exception as e:
    print('torch.zeros(5).index_add(0, torch.tensor([0, 2, 0]), torch.tensor([1.0, 2.0, 3.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(2, 3).index_add(1, torch.tensor([0, 2]), torch.ones(2, 2), alpha=2)', "=>", torch.zeros(2, 3).index_add(1, torch.tensor([0, 2]), torch.ones(2, 2), alpha=2))
except Exception as e:
    print('torch.zeros(2, 3).index_add(1, torch.tensor([0, 2]), torch.ones(2, 2), alpha=2)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(5).index_copy(0, torch.tensor([4, 1]), torch.tensor([1.0, 2.0]))', "=>", torch.zeros(5).index_copy(0, torch.tensor([4, 1]), torch.tensor([1.0, 2.0])))
except Exception as e:
    print('torch.zeros(5).index_copy(0, torch.tensor([4, 1]), torch.tensor([1.0, 2.0]))', "=> ERR", type(e).__name__)
try:
    print('x.median()', "=>", x.median())
except Exception as e:
    print('x.median()', "=> ERR", type(e).__name__)
try:
    print('x.median(1)', "=>", x.median(1))
except Exception as e:
    print('x.median(1)', "=> ERR", type(e).__name__)
try:
    print('x.median(0)', "=>", x.median(0))
except Exception as e:
    print('x.median(0)', "=> ERR", type(e).__name__)
try:
    print('i.median()', "=>", i.median())
except Exception as e:
    print('i.median()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2, 2, 1]).median()', "=>", torch.tensor([1, 2, 2, 1]).median())
except Exception as e:
    print('torch.tensor([1, 2, 2, 1]).median()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([3.0, 1.0, 1.0, 3.0, 2.0, 2.0]).median(0)', "=>", torch.tensor([3.0, 1.0, 1.0, 3.0, 2.0, 2.0]).median(0))
except Exception as e:
    print('torch.tensor([3.0, 1.0, 1.0, 3.0, 2.0, 2.0]).median(0)', "=> ERR", type(e).__name__)
try:
    print('x.mode(1)', "=>", x.mode(1))
except Exception as e:
    print('x.mode(1)', "=> ERR", type(e).__name__)
try:
    print('x.mode(0)', "=>", x.mode(0))
except Exception as e:
    print('x.mode(0)', "=> ERR", type(e).__name__)
try:
    print('x.kthvalue(2, 1)', "=>", x.kthvalue(2, 1))
except Exception as e:
    print('x.kthvalue(2, 1)', "=> ERR", type(e).__name__)
try:
    print('x.kthvalue(1, 0)', "=>", x.kthvalue(1, 0))
except Exception as e:
    print('x.kthvalue(1, 0)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(2)', "=>", torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(2))
except Exception as e:
    print('torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(2)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(3)', "=>", torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(3))
except Exception as e:
    print('torch.tensor([2.0, 2.0, 1.0, 2.0]).kthvalue(3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median()', "=>", torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median())
except Exception as e:
    print('torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median(0)', "=>", torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median(0))
except Exception as e:
    print('torch.tensor([2.0, 1.0, 2.0, 2.0, 1.0]).median(0)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[2.0, 1.0, 2.0, 2.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0]]).median(1)', "=>", torch.tensor([[2.0, 1.0, 2.0, 2.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0]]).median(1))
except Exception as e:
    print('torch.tensor([[2.0, 1.0, 2.0, 2.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0]]).median(1)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).mode(1)', "=>", torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).mode(1))
except Exception as e:
    print('torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).mode(1)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).kthvalue(2, 1)', "=>", torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).kthvalue(2, 1))
except Exception as e:
    print('torch.tensor([[5, 5, 5, 5], [1, 2, 1, 2]]).kthvalue(2, 1)', "=> ERR", type(e).__name__)
try:
    print("torch.tensor([float('nan'), 1.0, 2.0]).median()", "=>", torch.tensor([float('nan'), 1.0, 2.0]).median())
except Exception as e:
    print("torch.tensor([float('nan'), 1.0, 2.0]).median()", "=> ERR", type(e).__name__)
try:
    print("torch.tensor([float('nan'), 1.0, 2.0]).nanmedian()", "=>", torch.tensor([float('nan'), 1.0, 2.0]).nanmedian())
except Exception as e:
    print("torch.tensor([float('nan'), 1.0, 2.0]).nanmedian()", "=> ERR", type(e).__name__)
try:
    print('x.nanmean()', "=>", x.nanmean())
except Exception as e:
    print('x.nanmean()', "=> ERR", type(e).__name__)
try:
    print('x.nansum()', "=>", x.nansum())
except Exception as e:
    print('x.nansum()', "=> ERR", type(e).__name__)
try:
    print('x.sort(1)', "=>", x.sort(1))
except Exception as e:
    print('x.sort(1)', "=> ERR", type(e).__name__)
try:
    print('x.sort(0, descending=True)', "=>", x.sort(0, descending=True))
except Exception as e:
    print('x.sort(0, descending=True)', "=> ERR", type(e).__name__)
try:
    print('x.argsort(1)', "=>", x.argsort(1))
except Exception as e:
    print('x.argsort(1)', "=> ERR", type(e).__name__)
try:
    print('x.argsort(1, descending=True)', "=>", x.argsort(1, descending=True))
except Exception as e:
    print('x.argsort(1, descending=True)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 3, 1, 3, 2]).sort()', "=>", torch.tensor([1, 3, 1, 3, 2]).sort())
except Exception as e:
    print('torch.tensor([1, 3, 1, 3, 2]).sort()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 3, 1, 3, 2]).sort(stable=True, descending=True)', "=>", torch.tensor([1, 3, 1, 3, 2]).sort(stable=True, descending=True))
except Exception as e:
    print('torch.tensor([1, 3, 1, 3, 2]).sort(stable=True, descending=True)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 3, 1, 3, 2]).argsort()', "=>", torch.tensor([1, 3, 1, 3, 2]).argsort())
except Exception as e:
    print('torch.tensor([1, 3, 1, 3, 2]).argsort()', "=> ERR", type(e).__name__)
try:
    print('x.topk(2)', "=>", x.topk(2))
except Exception as e:
    print('x.topk(2)', "=> ERR", type(e).__name__)
try:
    print('x.topk(2, 0, largest=False)', "=>", x.topk(2, 0, largest=False))
except Exception as e:
    print('x.topk(2, 0, largest=False)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 3, 1, 3, 2]).topk(3)', "=>", torch.tensor([1, 3, 1, 3, 2]).topk(3))
except Exception as e:
    print('torch.tensor([1, 3, 1, 3, 2]).topk(3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1.0, 3.0, 1.0, 3.0, 2.0]).topk(2, largest=False)', "=>", torch.tensor([1.0, 3.0, 1.0, 3.0, 2.0]).topk(2, largest=False))
except Exception as e:
    print('torch.tensor([1.0, 3.0, 1.0, 3.0, 2.0]).topk(2, largest=False)', "=> ERR", type(e).__name__)
try:
    print('torch.std_mean(x, 1)', "=>", torch.std_mean(x, 1))
except Exception as e:
    print('torch.std_mean(x, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.var_mean(x, 0)', "=>", torch.var_mean(x, 0))
except Exception as e:
    print('torch.var_mean(x, 0)', "=> ERR", type(e).__name__)
try:
    print('x.sum(1, dtype=torch.float64)', "=>", x.sum(1, dtype=torch.float64))
except Exception as e:
    print('x.sum(1, dtype=torch.float64)', "=> ERR", type(e).__name__)
try:
    print('torch.unique(i)', "=>", torch.unique(i))
except Exception as e:
    print('torch.unique(i)', "=> ERR", type(e).__name__)
try:
    print('torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_counts=True)', "=>", torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_counts=True))
except Exception as e:
    print('torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_counts=True)', "=> ERR", type(e).__name__)
try:
    print('torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_inverse=True)', "=>", torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_inverse=True))
except Exception as e:
    print('torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_inverse=True)', "=> ERR", type(e).__name__)
try:
    print('x.unique(sorted=True)', "=>", x.unique(sorted=True))
except Exception as e:
    print('x.unique(sorted=True)', "=> ERR", type(e).__name__)
try:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]))', "=>", torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1])))
except Exception as e:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]))', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([]).sum()', "=>", torch.tensor([]).sum())
except Exception as e:
    print('torch.tensor([]).sum()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([]).prod()', "=>", torch.tensor([]).prod())
except Exception as e:
    print('torch.tensor([]).prod()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([]).mean()', "=>", torch.tensor([]).mean())
except Exception as e:
    print('torch.tensor([]).mean()', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(0, 3).sum(0)', "=>", torch.zeros(0, 3).sum(0))
except Exception as e:
    print('torch.zeros(0, 3).sum(0)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([]).max()', "=>", torch.tensor([]).max())
except Exception as e:
    print('torch.tensor([]).max()', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(0, 3).max(1)', "=>", torch.zeros(0, 3).max(1))
except Exception as e:
    print('torch.zeros(0, 3).max(1)', "=> ERR", type(e).__name__)
try:
    print('x.sum().item()', "=>", x.sum().item())
except Exception as e:
    print('x.sum().item()', "=> ERR", type(e).__name__)
try:
    print('x.mean().item()', "=>", x.mean().item())
except Exception as e:
    print('x.mean().item()', "=> ERR", type(e).__name__)
try:
    print('i.sum().item()', "=>", i.sum().item())
except Exception as e:
    print('i.sum().item()', "=> ERR", type(e).__name__)
try:
    print('i.float().mean(1)', "=>", i.float().mean(1))
except Exception as e:
    print('i.float().mean(1)', "=> ERR", type(e).__name__)
try:
    print('i.mean()', "=>", i.mean())
except Exception as e:
    print('i.mean()', "=> ERR", type(e).__name__)
try:
    print('i.std()', "=>", i.std())
except Exception as e:
    print('i.std()', "=> ERR", type(e).__name__)
try:
    print('i.var(1)', "=>", i.var(1))
except Exception as e:
    print('i.var(1)', "=> ERR", type(e).__name__)
try:
    print('x.std(0)', "=>", x.std(0))
except Exception as e:
    print('x.std(0)', "=> ERR", type(e).__name__)
try:
    print('x.std(1, unbiased=False)', "=>", x.std(1, unbiased=False))
except Exception as e:
    print('x.std(1, unbiased=False)', "=> ERR", type(e).__name__)
try:
    print('x.var(0, keepdim=True)', "=>", x.var(0, keepdim=True))
except Exception as e:
    print('x.var(0, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1.0]).std()', "=>", torch.tensor([1.0]).std())
except Exception as e:
    print('torch.tensor([1.0]).std()', "=> ERR", type(e).__name__)
try:
    print('x.norm()', "=>", x.norm())
except Exception as e:
    print('x.norm()', "=> ERR", type(e).__name__)
try:
    print('x.norm(dim=1)', "=>", x.norm(dim=1))
except Exception as e:
    print('x.norm(dim=1)', "=> ERR", type(e).__name__)
try:
    print('x.norm(p=1)', "=>", x.norm(p=1))
except Exception as e:
    print('x.norm(p=1)', "=> ERR", type(e).__name__)
try:
    print('x.norm(1, dim=0)', "=>", x.norm(1, dim=0))
except Exception as e:
    print('x.norm(1, dim=0)', "=> ERR", type(e).__name__)
try:
    print("torch.norm(x, float('inf'))", "=>", torch.norm(x, float('inf')))
except Exception as e:
    print("torch.norm(x, float('inf'))", "=> ERR", type(e).__name__)
try:
    print('x.norm(p=2, dim=1, keepdim=True)', "=>", x.norm(p=2, dim=1, keepdim=True))
except Exception as e:
    print('x.norm(p=2, dim=1, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('x.norm(p=3)', "=>", x.norm(p=3))
except Exception as e:
    print('x.norm(p=3)', "=> ERR", type(e).__name__)
try:
    print('x.norm(0)', "=>", x.norm(0))
except Exception as e:
    print('x.norm(0)', "=> ERR", type(e).__name__)
try:
    print('torch.linalg.norm(x)', "=>", torch.linalg.norm(x))
except Exception as e:
    print('torch.linalg.norm(x)', "=> ERR", type(e).__name__)
try:
    print('torch.linalg.vector_norm(x, 1)', "=>", torch.linalg.vector_norm(x, 1))
except Exception as e:
    print('torch.linalg.vector_norm(x, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.linalg.norm(x, dim=1)', "=>", torch.linalg.norm(x, dim=1))
except Exception as e:
    print('torch.linalg.norm(x, dim=1)', "=> ERR", type(e).__name__)
try:
    print('torch.logsumexp(x, 1)', "=>", torch.logsumexp(x, 1))
except Exception as e:
    print('torch.logsumexp(x, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.logsumexp(x, 0, keepdim=True)', "=>", torch.logsumexp(x, 0, keepdim=True))
except Exception as e:
    print('torch.logsumexp(x, 0, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('torch.logsumexp(x, (0, 1))', "=>", torch.logsumexp(x, (0, 1)))
except Exception as e:
    print('torch.logsumexp(x, (0, 1))', "=> ERR", type(e).__name__)
try:
    print("torch.logsumexp(torch.tensor([float('-inf'), float('-inf')]), 0)", "=>", torch.logsumexp(torch.tensor([float('-inf'), float('-inf')]), 0))
except Exception as e:
    print("torch.logsumexp(torch.tensor([float('-inf'), float('-inf')]), 0)", "=> ERR", type(e).__name__)
try:
    print("torch.logsumexp(torch.tensor([float('inf'), 1.0]), 0)", "=>", torch.logsumexp(torch.tensor([float('inf'), 1.0]), 0))
except Exception as e:
    print("torch.logsumexp(torch.tensor([float('inf'), 1.0]), 0)", "=> ERR", type(e).__name__)
try:
    print('x.cumsum(0)', "=>", x.cumsum(0))
except Exception as e:
    print('x.cumsum(0)', "=> ERR", type(e).__name__)
try:
    print('i.cumsum(1)', "=>", i.cumsum(1))
except Exception as e:
    print('i.cumsum(1)', "=> ERR", type(e).__name__)
try:
    print('torch.cumprod(x, 1)', "=>", torch.cumprod(x, 1))
except Exception as e:
    print('torch.cumprod(x, 1)', "=> ERR", type(e).__name__)
try:
    print('i.cumprod(0)', "=>", i.cumprod(0))
except Exception as e:
    print('i.cumprod(0)', "=> ERR", type(e).__name__)
try:
    print('torch.cumsum(torch.tensor([True, True, False]), 0)', "=>", torch.cumsum(torch.tensor([True, True, False]), 0))
except Exception as e:
    print('torch.cumsum(torch.tensor([True, True, False]), 0)', "=> ERR", type(e).__name__)
try:
    print('b.cumsum(0).dtype', "=>", b.cumsum(0).dtype)
except Exception as e:
    print('b.cumsum(0).dtype', "=> ERR", type(e).__name__)
try:
    print('x.logcumsumexp(1)', "=>", x.logcumsumexp(1))
except Exception as e:
    print('x.logcumsumexp(1)', "=> ERR", type(e).__name__)
try:
    print('x.count_nonzero()', "=>", x.count_nonzero())
except Exception as e:
    print('x.count_nonzero()', "=> ERR", type(e).__name__)
try:
    print('x.count_nonzero(1)', "=>", x.count_nonzero(1))
except Exception as e:
    print('x.count_nonzero(1)', "=> ERR", type(e).__name__)
try:
    print('torch.nonzero(x > 1)', "=>", torch.nonzero(x > 1))
except Exception as e:
    print('torch.nonzero(x > 1)', "=> ERR", type(e).__name__)
try:
    print('(x > 1).nonzero()', "=>", (x > 1).nonzero())
except Exception as e:
    print('(x > 1).nonzero()', "=> ERR", type(e).__name__)
try:
    print('torch.argwhere(x > 3)', "=>", torch.argwhere(x > 3))
except Exception as e:
    print('torch.argwhere(x > 3)', "=> ERR", type(e).__name__)
try:
    print('x.amax(0)', "=>", x.amax(0))
except Exception as e:
    print('x.amax(0)', "=> ERR", type(e).__name__)
try:
    print('x.amin(1)', "=>", x.amin(1))
except Exception as e:
    print('x.amin(1)', "=> ERR", type(e).__name__)
try:
    print('x.amax((0, 1))', "=>", x.amax((0, 1)))
except Exception as e:
    print('x.amax((0, 1))', "=> ERR", type(e).__name__)
try:
    print('x.aminmax()', "=>", x.aminmax())
except Exception as e:
    print('x.aminmax()', "=> ERR", type(e).__name__)
try:
    print('x.aminmax(dim=1)', "=>", x.aminmax(dim=1))
except Exception as e:
    print('x.aminmax(dim=1)', "=> ERR", type(e).__name__)
try:
    print('torch.max(x, torch.zeros(1))', "=>", torch.max(x, torch.zeros(1)))
except Exception as e:
    print('torch.max(x, torch.zeros(1))', "=> ERR", type(e).__name__)
try:
    print('torch.min(x, 1)[1]', "=>", torch.min(x, 1)[1])
except Exception as e:
    print('torch.min(x, 1)[1]', "=> ERR", type(e).__name__)
try:
    print('x.max(1).values', "=>", x.max(1).values)
except Exception as e:
    print('x.max(1).values', "=> ERR", type(e).__name__)
try:
    print('x.max(1).indices', "=>", x.max(1).indices)
except Exception as e:
    print('x.max(1).indices', "=> ERR", type(e).__name__)
try:
    print('torch.max(x, 1, True)', "=>", torch.max(x, 1, True))
except Exception as e:
    print('torch.max(x, 1, True)', "=> ERR", type(e).__name__)
try:
    print("torch.tensor([1.0, float('nan'), 3.0]).max()", "=>", torch.tensor([1.0, float('nan'), 3.0]).max())
except Exception as e:
    print("torch.tensor([1.0, float('nan'), 3.0]).max()", "=> ERR", type(e).__name__)
try:
    print("torch.tensor([1.0, float('nan'), 3.0]).argmax()", "=>", torch.tensor([1.0, float('nan'), 3.0]).argmax())
except Exception as e:
    print("torch.tensor([1.0, float('nan'), 3.0]).argmax()", "=> ERR", type(e).__name__)
try:
    print("torch.tensor([1.0, float('nan'), 3.0]).sum()", "=>", torch.tensor([1.0, float('nan'), 3.0]).sum())
except Exception as e:
    print("torch.tensor([1.0, float('nan'), 3.0]).sum()", "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1.0, 5.0, 5.0, 2.0]).argmax()', "=>", torch.tensor([1.0, 5.0, 5.0, 2.0]).argmax())
except Exception as e:
    print('torch.tensor([1.0, 5.0, 5.0, 2.0]).argmax()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([5.0, 1.0, 1.0, 5.0]).argmin()', "=>", torch.tensor([5.0, 1.0, 1.0, 5.0]).argmin())
except Exception as e:
    print('torch.tensor([5.0, 1.0, 1.0, 5.0]).argmin()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[1, 9], [9, 1]]).max(0)', "=>", torch.tensor([[1, 9], [9, 1]]).max(0))
except Exception as e:
    print('torch.tensor([[1, 9], [9, 1]]).max(0)', "=> ERR", type(e).__name__)
try:
    print('b.sum()', "=>", b.sum())
except Exception as e:
    print('b.sum()', "=> ERR", type(e).__name__)
try:
    print('b.any()', "=>", b.any())
except Exception as e:
    print('b.any()', "=> ERR", type(e).__name__)
try:
    print('b.all()', "=>", b.all())
except Exception as e:
    print('b.all()', "=> ERR", type(e).__name__)
try:
    print('b.float().mean()', "=>", b.float().mean())
except Exception as e:
    print('b.float().mean()', "=> ERR", type(e).__name__)
try:
    print('x.prod(1, keepdim=True)', "=>", x.prod(1, keepdim=True))
except Exception as e:
    print('x.prod(1, keepdim=True)', "=> ERR", type(e).__name__)
try:
    print('torch.prod(i, 0, dtype=torch.float32)', "=>", torch.prod(i, 0, dtype=torch.float32))
except Exception as e:
    print('torch.prod(i, 0, dtype=torch.float32)', "=> ERR", type(e).__name__)
try:
    print('torch.sum(i, dtype=torch.float32)', "=>", torch.sum(i, dtype=torch.float32))
except Exception as e:
    print('torch.sum(i, dtype=torch.float32)', "=> ERR", type(e).__name__)
try:
    print('torch.mean(i.float(), (0, 1), True)', "=>", torch.mean(i.float(), (0, 1), True))
except Exception as e:
    print('torch.mean(i.float(), (0, 1), True)', "=> ERR", type(e).__name__)
try:
    print('x.mean(-1)', "=>", x.mean(-1))
except Exception as e:
    print('x.mean(-1)', "=> ERR", type(e).__name__)
try:
    print('x.sum(-2)', "=>", x.sum(-2))
except Exception as e:
    print('x.sum(-2)', "=> ERR", type(e).__name__)
try:
    print('x.sum(3)', "=>", x.sum(3))
except Exception as e:
    print('x.sum(3)', "=> ERR", type(e).__name__)
try:
    print('x.mean(dim=[0])', "=>", x.mean(dim=[0]))
except Exception as e:
    print('x.mean(dim=[0])', "=> ERR", type(e).__name__)
try:
    print('torch.diff(x, dim=1)', "=>", torch.diff(x, dim=1))
except Exception as e:
    print('torch.diff(x, dim=1)', "=> ERR", type(e).__name__)
try:
    print('torch.diff(torch.tensor([1, 4, 9, 16]))', "=>", torch.diff(torch.tensor([1, 4, 9, 16])))
except Exception as e:
    print('torch.diff(torch.tensor([1, 4, 9, 16]))', "=> ERR", type(e).__name__)
try:
    print('torch.trace(torch.arange(9).view(3, 3))', "=>", torch.trace(torch.arange(9).view(3, 3)))
except Exception as e:
    print('torch.trace(torch.arange(9).view(3, 3))', "=> ERR", type(e).__name__)
try:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3)', "=>", torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3))
except Exception as e:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3)', "=> ERR", type(e).__name__)
try:
    print('torch.bincount(torch.tensor([1, 1, 3, 0]))', "=>", torch.bincount(torch.tensor([1, 1, 3, 0])))
except Exception as e:
    print('torch.bincount(torch.tensor([1, 1, 3, 0]))', "=> ERR", type(e).__name__)
try:
    print('torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8]))', "=>", torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8])))
except Exception as e:
    print('torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8]))', "=> ERR", type(e).__name__)
try:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]))', "=>", torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6])))
except Exception as e:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]))', "=> ERR", type(e).__name__)
try:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True)', "=>", torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True))
except Exception as e:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True)', "=> ERR", type(e).__name__)
try:
    print('torch.allclose(x, x + 1e-9)', "=>", torch.allclose(x, x + 1e-9))
except Exception as e:
    print('torch.allclose(x, x + 1e-9)', "=> ERR", type(e).__name__)
try:
    print('torch.equal(x, x.clone())', "=>", torch.equal(x, x.clone()))
except Exception as e:
    print('torch.equal(x, x.clone())', "=> ERR", type(e).__name__)
try:
    print('torch.isclose(f, f + 1e-6)', "=>", torch.isclose(f, f + 1e-6))
except Exception as e:
    print('torch.isclose(f, f + 1e-6)', "=> ERR", type(e).__name__)
