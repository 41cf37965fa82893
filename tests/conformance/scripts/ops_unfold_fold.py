import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
im = torch.arange(2 * 2 * 4 * 5, dtype=torch.float32).view(2, 2, 4, 5)
try:
    print('F.unfold(im, 2)', "=>", F.unfold(im, 2))
except Exception as e:
    print('F.unfold(im, 2)', "=> ERR", type(e).__name__)
try:
    print('F.unfold(im, (2, 3), stride=(1, 2))[0, :, :3]', "=>", F.unfold(im, (2, 3), stride=(1, 2))[0, :, :3])
except Exception as e:
    print('F.unfold(im, (2, 3), stride=(1, 2))[0, :, :3]', "=> ERR", type(e).__name__)
try:
    print('F.unfold(im, 3, padding=1)[1, 4]', "=>", F.unfold(im, 3, padding=1)[1, 4])
except Exception as e:
    print('F.unfold(im, 3, padding=1)[1, 4]', "=> ERR", type(e).__name__)
try:
    print('F.unfold(im, 2, dilation=2).shape', "=>", F.unfold(im, 2, dilation=2).shape)
except Exception as e:
    print('F.unfold(im, 2, dilation=2).shape', "=> ERR", type(e).__name__)
try:
    print('F.fold(F.unfold(im, 2), (4, 5), 2)[0, 0]', "=>", F.fold(F.unfold(im, 2), (4, 5), 2)[0, 0])
except Exception as e:
    print('F.fold(F.unfold(im, 2), (4, 5), 2)[0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.fold(F.unfold(im, 3, padding=1), (4, 5), 3, padding=1)[1, 1]', "=>", F.fold(F.unfold(im, 3, padding=1), (4, 5), 3, padding=1)[1, 1])
except Exception as e:
    print('F.fold(F.unfold(im, 3, padding=1), (4, 5), 3, padding=1)[1, 1]', "=> ERR", type(e).__name__)
try:
    print('F.fold(torch.ones(1, 4, 6), (3, 4), 2)', "=>", F.fold(torch.ones(1, 4, 6), (3, 4), 2))
except Exception as e:
    print('F.fold(torch.ones(1, 4, 6), (3, 4), 2)', "=> ERR", type(e).__name__)
try:
    print('F.fold(torch.ones(4, 6), (3, 4), 2)', "=>", F.fold(torch.ones(4, 6), (3, 4), 2))
except Exception as e:
    print('F.fold(torch.ones(4, 6), (3, 4), 2)', "=> ERR", type(e).__name__)
try:
    print('F.unfold(torch.randn(1, 1, 3, 3), 2, stride=2, padding=1)', "=>", F.unfold(torch.randn(1, 1, 3, 3), 2, stride=2, padding=1))
except Exception as e:
    print('F.unfold(torch.randn(1, 1, 3, 3), 2, stride=2, padding=1)', "=> ERR", type(e).__name__)
