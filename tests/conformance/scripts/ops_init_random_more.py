import torch
import torch.nn.functional as F
import math

import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(3, 5)
try:
    print('nn.init.eye_(w)', "=>", nn.init.eye_(w))
except Exception as e:
    print('nn.init.eye_(w)', "=> ERR", type(e).__name__)
try:
    print('nn.init.eye_(torch.empty(4, 2))', "=>", nn.init.eye_(torch.empty(4, 2)))
except Exception as e:
    print('nn.init.eye_(torch.empty(4, 2))', "=> ERR", type(e).__name__)
try:
    print('nn.init.dirac_(torch.empty(2, 2, 3))', "=>", nn.init.dirac_(torch.empty(2, 2, 3)))
except Exception as e:
    print('nn.init.dirac_(torch.empty(2, 2, 3))', "=> ERR", type(e).__name__)
try:
    print('nn.init.dirac_(torch.empty(4, 2, 3, 3), 2)[:, :, 1, 1]', "=>", nn.init.dirac_(torch.empty(4, 2, 3, 3), 2)[:, :, 1, 1])
except Exception as e:
    print('nn.init.dirac_(torch.empty(4, 2, 3, 3), 2)[:, :, 1, 1]', "=> ERR", type(e).__name__)
try:
    print('nn.init.dirac_(torch.empty(3, 2, 3))', "=>", nn.init.dirac_(torch.empty(3, 2, 3)))
except Exception as e:
    print('nn.init.dirac_(torch.empty(3, 2, 3))', "=> ERR", type(e).__name__)
try:
    print('torch.randint_like(w, 10)', "=>", torch.randint_like(w, 10))
except Exception as e:
    print('torch.randint_like(w, 10)', "=> ERR", type(e).__name__)
try:
    print('torch.randint_like(w, 3, 8)', "=>", torch.randint_like(w, 3, 8))
except Exception as e:
    print('torch.randint_like(w, 3, 8)', "=> ERR", type(e).__name__)
try:
    print('torch.randint_like(torch.zeros(4, dtype=torch.int64), 100)', "=>", torch.randint_like(torch.zeros(4, dtype=torch.int64), 100))
except Exception as e:
    print('torch.randint_like(torch.zeros(4, dtype=torch.int64), 100)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(4).random_(0, 10)', "=>", torch.empty(4).random_(0, 10))
except Exception as e:
    print('torch.empty(4).random_(0, 10)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(5).random_(5)', "=>", torch.empty(5).random_(5))
except Exception as e:
    print('torch.empty(5).random_(5)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(3, dtype=torch.int64).random_(-5, 5)', "=>", torch.zeros(3, dtype=torch.int64).random_(-5, 5))
except Exception as e:
    print('torch.zeros(3, dtype=torch.int64).random_(-5, 5)', "=> ERR", type(e).__name__)
try:
    print('torch.rand(3)', "=>", torch.rand(3))
except Exception as e:
    print('torch.rand(3)', "=> ERR", type(e).__name__)
