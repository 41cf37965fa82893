import torch
import torch.nn.functional as F
import math

import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(4, 6)
try:
    print('nn.init.trunc_normal_(w)', "=>", nn.init.trunc_normal_(w))
except Exception as e:
    print('nn.init.trunc_normal_(w)', "=> ERR", type(e).__name__)
try:
    print('nn.init.trunc_normal_(w, std=0.02)', "=>", nn.init.trunc_normal_(w, std=0.02))
except Exception as e:
    print('nn.init.trunc_normal_(w, std=0.02)', "=> ERR", type(e).__name__)
try:
    print('nn.init.trunc_normal_(w, mean=1.0, std=0.5, a=0.5, b=1.2)', "=>", nn.init.trunc_normal_(w, mean=1.0, std=0.5, a=0.5, b=1.2))
except Exception as e:
    print('nn.init.trunc_normal_(w, mean=1.0, std=0.5, a=0.5, b=1.2)', "=> ERR", type(e).__name__)
try:
    print('nn.init.trunc_normal_(torch.empty(3, dtype=torch.float64), std=0.1)', "=>", nn.init.trunc_normal_(torch.empty(3, dtype=torch.float64), std=0.1))
except Exception as e:
    print('nn.init.trunc_normal_(torch.empty(3, dtype=torch.float64), std=0.1)', "=> ERR", type(e).__name__)
try:
    print('torch.linspace(-0.99, 0.99, 9).erfinv()', "=>", torch.linspace(-0.99, 0.99, 9).erfinv())
except Exception as e:
    print('torch.linspace(-0.99, 0.99, 9).erfinv()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([0.0, 0.5, -0.5, 1.0, -1.0, 1.5]).erfinv()', "=>", torch.tensor([0.0, 0.5, -0.5, 1.0, -1.0, 1.5]).erfinv())
except Exception as e:
    print('torch.tensor([0.0, 0.5, -0.5, 1.0, -1.0, 1.5]).erfinv()', "=> ERR", type(e).__name__)
try:
    print('torch.special.erfinv(torch.tensor([0.3]))', "=>", torch.special.erfinv(torch.tensor([0.3])))
except Exception as e:
    print('torch.special.erfinv(torch.tensor([0.3]))', "=> ERR", type(e).__name__)
try:
    print('torch.randn(3)', "=>", torch.randn(3))
except Exception as e:
    print('torch.randn(3)', "=> ERR", type(e).__name__)
try:
    print('nn.init.uniform_(torch.empty(3, dtype=torch.float64))', "=>", nn.init.uniform_(torch.empty(3, dtype=torch.float64)))
except Exception as e:
    print('nn.init.uniform_(torch.empty(3, dtype=torch.float64))', "=> ERR", type(e).__name__)
try:
    print('nn.init.normal_(torch.empty(3, dtype=torch.float64))', "=>", nn.init.normal_(torch.empty(3, dtype=torch.float64)))
except Exception as e:
    print('nn.init.normal_(torch.empty(3, dtype=torch.float64))', "=> ERR", type(e).__name__)
try:
    print('nn.init.xavier_uniform_(torch.empty(2, 3, dtype=torch.float64))', "=>", nn.init.xavier_uniform_(torch.empty(2, 3, dtype=torch.float64)))
except Exception as e:
    print('nn.init.xavier_uniform_(torch.empty(2, 3, dtype=torch.float64))', "=> ERR", type(e).__name__)
try:
    print('nn.init.kaiming_normal_(torch.empty(2, 3, dtype=torch.float64))', "=>", nn.init.kaiming_normal_(torch.empty(2, 3, dtype=torch.float64)))
except Exception as e:
    print('nn.init.kaiming_normal_(torch.empty(2, 3, dtype=torch.float64))', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3, dtype=torch.float64).uniform_()', "=>", torch.empty(3, dtype=torch.float64).uniform_())
except Exception as e:
    print('torch.empty(3, dtype=torch.float64).uniform_()', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3, dtype=torch.float64).normal_()', "=>", torch.empty(3, dtype=torch.float64).normal_())
except Exception as e:
    print('torch.empty(3, dtype=torch.float64).normal_()', "=> ERR", type(e).__name__)
try:
    print('torch.rand(2)', "=>", torch.rand(2))
except Exception as e:
    print('torch.rand(2)', "=> ERR", type(e).__name__)
