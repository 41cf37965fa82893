import torch
import torch.nn.functional as F
import math

try:
    print('torch.bincount(torch.tensor([1, 1, 3, 0]))', "=>", torch.bincount(torch.tensor([1, 1, 3, 0])))
except Exception as e:
    print('torch.bincount(torch.tensor([1, 1, 3, 0]))', "=> ERR", type(e).__name__)
try:
    print('torch.bincount(torch.tensor([1, 1, 3]), minlength=6)', "=>", torch.bincount(torch.tensor([1, 1, 3]), minlength=6))
except Exception as e:
    print('torch.bincount(torch.tensor([1, 1, 3]), minlength=6)', "=> ERR", type(e).__name__)
try:
    print('torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([0.5, 1.0, 2.0]))', "=>", torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([0.5, 1.0, 2.0])))
except Exception as e:
    print('torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([0.5, 1.0, 2.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3)', "=>", torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3))
except Exception as e:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3)', "=> ERR", type(e).__name__)
try:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0, 5.0]), bins=3)', "=>", torch.histc(torch.tensor([1.0, 2.0, 1.0, 5.0]), bins=3))
except Exception as e:
    print('torch.histc(torch.tensor([1.0, 2.0, 1.0, 5.0]), bins=3)', "=> ERR", type(e).__name__)
try:
    print('torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8]))', "=>", torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8])))
except Exception as e:
    print('torch.bucketize(torch.tensor([1, 5, 9]), torch.tensor([2, 4, 6, 8]))', "=> ERR", type(e).__name__)
try:
    print('torch.bucketize(torch.tensor([2, 6]), torch.tensor([2, 4, 6, 8]), right=True)', "=>", torch.bucketize(torch.tensor([2, 6]), torch.tensor([2, 4, 6, 8]), right=True))
except Exception as e:
    print('torch.bucketize(torch.tensor([2, 6]), torch.tensor([2, 4, 6, 8]), right=True)', "=> ERR", type(e).__name__)
try:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]))', "=>", torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6])))
except Exception as e:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]))', "=> ERR", type(e).__name__)
try:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True)', "=>", torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True))
except Exception as e:
    print('torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6]), right=True)', "=> ERR", type(e).__name__)
try:
    print('torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[3, 6], [1, 5]]))', "=>", torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[3, 6], [1, 5]])))
except Exception as e:
    print('torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[3, 6], [1, 5]]))', "=> ERR", type(e).__name__)
try:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]))', "=>", torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1])))
except Exception as e:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]))', "=> ERR", type(e).__name__)
try:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]), return_counts=True, return_inverse=True)', "=>", torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]), return_counts=True, return_inverse=True))
except Exception as e:
    print('torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]), return_counts=True, return_inverse=True)', "=> ERR", type(e).__name__)
try:
    print('torch.arange(6.0).view(2, 3).unfold(1, 2, 1)', "=>", torch.arange(6.0).view(2, 3).unfold(1, 2, 1))
except Exception as e:
    print('torch.arange(6.0).view(2, 3).unfold(1, 2, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.arange(8).unfold(0, 3, 2)', "=>", torch.arange(8).unfold(0, 3, 2))
except Exception as e:
    print('torch.arange(8).unfold(0, 3, 2)', "=> ERR", type(e).__name__)
try:
    print('F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2)', "=>", F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2))
except Exception as e:
    print('F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2)', "=> ERR", type(e).__name__)
try:
    print('F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2)', "=>", F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2))
except Exception as e:
    print('F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2)', "=> ERR", type(e).__name__)
try:
    print('torch.channel_shuffle(torch.arange(8.0).view(1, 4, 1, 2), 2)', "=>", torch.channel_shuffle(torch.arange(8.0).view(1, 4, 1, 2), 2))
except Exception as e:
    print('torch.channel_shuffle(torch.arange(8.0).view(1, 4, 1, 2), 2)', "=> ERR", type(e).__name__)
