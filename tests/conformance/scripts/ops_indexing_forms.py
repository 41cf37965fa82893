import torch
import torch.nn.functional as F
import math

x = torch.arange(6).view(2, 3)
try:
    print('x[::-1]', "=>", x[::-1])
except Exception as e:
    print('x[::-1]', "=> ERR", type(e).__name__)
try:
    print('x[:, ::-2]', "=>", x[:, ::-2])
except Exception as e:
    print('x[:, ::-2]', "=> ERR", type(e).__name__)
try:
    print('x[..., None, 1]', "=>", x[..., None, 1])
except Exception as e:
    print('x[..., None, 1]', "=> ERR", type(e).__name__)
try:
    print('x[None, ..., None].shape', "=>", x[None, ..., None].shape)
except Exception as e:
    print('x[None, ..., None].shape', "=> ERR", type(e).__name__)
try:
    print('x[1:, -1:]', "=>", x[1:, -1:])
except Exception as e:
    print('x[1:, -1:]', "=> ERR", type(e).__name__)
try:
    print('x[-5:10]', "=>", x[-5:10])
except Exception as e:
    print('x[-5:10]', "=> ERR", type(e).__name__)
try:
    print('x[:, torch.tensor([-1, 0])]', "=>", x[:, torch.tensor([-1, 0])])
except Exception as e:
    print('x[:, torch.tensor([-1, 0])]', "=> ERR", type(e).__name__)
try:
    print('x[torch.tensor([[0, 1], [1, 0]])]', "=>", x[torch.tensor([[0, 1], [1, 0]])])
except Exception as e:
    print('x[torch.tensor([[0, 1], [1, 0]])]', "=> ERR", type(e).__name__)
try:
    print('x[torch.tensor([True, True])]', "=>", x[torch.tensor([True, True])])
except Exception as e:
    print('x[torch.tensor([True, True])]', "=> ERR", type(e).__name__)
try:
    print('x[torch.tensor(1)]', "=>", x[torch.tensor(1)])
except Exception as e:
    print('x[torch.tensor(1)]', "=> ERR", type(e).__name__)
try:
    print('x[torch.tensor([1])]', "=>", x[torch.tensor([1])])
except Exception as e:
    print('x[torch.tensor([1])]', "=> ERR", type(e).__name__)
try:
    print('x[[0, 1], [2, 0]]', "=>", x[[0, 1], [2, 0]])
except Exception as e:
    print('x[[0, 1], [2, 0]]', "=> ERR", type(e).__name__)
try:
    print('x[x > 2]', "=>", x[x > 2])
except Exception as e:
    print('x[x > 2]', "=> ERR", type(e).__name__)
try:
    print('x[(x > 2).nonzero(as_tuple=True)]', "=>", x[(x > 2).nonzero(as_tuple=True)])
except Exception as e:
    print('x[(x > 2).nonzero(as_tuple=True)]', "=> ERR", type(e).__name__)
try:
    print('x[1][2]', "=>", x[1][2])
except Exception as e:
    print('x[1][2]', "=> ERR", type(e).__name__)
try:
    print('x[0, ...]', "=>", x[0, ...])
except Exception as e:
    print('x[0, ...]', "=> ERR", type(e).__name__)
try:
    print('x[..., 0, 1]', "=>", x[..., 0, 1])
except Exception as e:
    print('x[..., 0, 1]', "=> ERR", type(e).__name__)
try:
    print('x[0, 0, 0]', "=>", x[0, 0, 0])
except Exception as e:
    print('x[0, 0, 0]', "=> ERR", type(e).__name__)
try:
    print('x[1.5]', "=>", x[1.5])
except Exception as e:
    print('x[1.5]', "=> ERR", type(e).__name__)
try:
    print('x[:, [True, False, True]]', "=>", x[:, [True, False, True]])
except Exception as e:
    print('x[:, [True, False, True]]', "=> ERR", type(e).__name__)
try:
    print('x[[]]', "=>", x[[]])
except Exception as e:
    print('x[[]]', "=> ERR", type(e).__name__)
try:
    print('x[torch.tensor([], dtype=torch.int64)]', "=>", x[torch.tensor([], dtype=torch.int64)])
except Exception as e:
    print('x[torch.tensor([], dtype=torch.int64)]', "=> ERR", type(e).__name__)
try:
    print('x.T[::2]', "=>", x.T[::2])
except Exception as e:
    print('x.T[::2]', "=> ERR", type(e).__name__)
try:
    print('x[-1]', "=>", x[-1])
except Exception as e:
    print('x[-1]', "=> ERR", type(e).__name__)
try:
    print('x[-3]', "=>", x[-3])
except Exception as e:
    print('x[-3]', "=> ERR", type(e).__name__)
try:
    print('x[(x > 2).nonzero(as_tuple=True)]', "=>", x[(x > 2).nonzero(as_tuple=True)])
except Exception as e:
    print('x[(x > 2).nonzero(as_tuple=True)]', "=> ERR", type(e).__name__)
try:
    print('(x > 2).nonzero(as_tuple=True)', "=>", (x > 2).nonzero(as_tuple=True))
except Exception as e:
    print('(x > 2).nonzero(as_tuple=True)', "=> ERR", type(e).__name__)
try:
    print('torch.nonzero(x > 2, as_tuple=True)', "=>", torch.nonzero(x > 2, as_tuple=True))
except Exception as e:
    print('torch.nonzero(x > 2, as_tuple=True)', "=> ERR", type(e).__name__)
try:
    print('torch.nonzero(x > 2)', "=>", torch.nonzero(x > 2))
except Exception as e:
    print('torch.nonzero(x > 2)', "=> ERR", type(e).__name__)
try:
    print('(x > 2).nonzero()', "=>", (x > 2).nonzero())
except Exception as e:
    print('(x > 2).nonzero()', "=> ERR", type(e).__name__)
try:
    print('torch.nonzero(torch.tensor(3), as_tuple=True)', "=>", torch.nonzero(torch.tensor(3), as_tuple=True))
except Exception as e:
    print('torch.nonzero(torch.tensor(3), as_tuple=True)', "=> ERR", type(e).__name__)
try:
    print('torch.nonzero(torch.tensor([0, 2, 0, 1]), as_tuple=True)', "=>", torch.nonzero(torch.tensor([0, 2, 0, 1]), as_tuple=True))
except Exception as e:
    print('torch.nonzero(torch.tensor([0, 2, 0, 1]), as_tuple=True)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([0, 2, 0, 1]).nonzero()', "=>", torch.tensor([0, 2, 0, 1]).nonzero())
except Exception as e:
    print('torch.tensor([0, 2, 0, 1]).nonzero()', "=> ERR", type(e).__name__)
