import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
try:
    print('torch.empty(5).exponential_()', "=>", torch.empty(5).exponential_())
except Exception as e:
    print('torch.empty(5).exponential_()', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3, dtype=torch.float64).exponential_(2.0)', "=>", torch.empty(3, dtype=torch.float64).exponential_(2.0))
except Exception as e:
    print('torch.empty(3, dtype=torch.float64).exponential_(2.0)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 6, replacement=True)', "=>", torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 6, replacement=True))
except Exception as e:
    print('torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 6, replacement=True)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 2)', "=>", torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 2))
except Exception as e:
    print('torch.multinomial(torch.tensor([0.1, 0.5, 0.4]), 2)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 2)', "=>", torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 2))
except Exception as e:
    print('torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 2)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 5, replacement=True)', "=>", torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 5, replacement=True))
except Exception as e:
    print('torch.multinomial(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 0.0, 1.0, 0.0]]), 5, replacement=True)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.softmax(torch.randn(10), 0), 1)', "=>", torch.multinomial(torch.softmax(torch.randn(10), 0), 1))
except Exception as e:
    print('torch.multinomial(torch.softmax(torch.randn(10), 0), 1)', "=> ERR", type(e).__name__)
try:
    print('torch.multinomial(torch.softmax(torch.randn(2, 10), 1), 3)', "=>", torch.multinomial(torch.softmax(torch.randn(2, 10), 1), 3))
except Exception as e:
    print('torch.multinomial(torch.softmax(torch.randn(2, 10), 1), 3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([0.2, 0.8]).multinomial(4, True)', "=>", torch.tensor([0.2, 0.8]).multinomial(4, True))
except Exception as e:
    print('torch.tensor([0.2, 0.8]).multinomial(4, True)', "=> ERR", type(e).__name__)
try:
    print('torch.rand(2)', "=>", torch.rand(2))
except Exception as e:
    print('torch.rand(2)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(6).geometric_(0.3)', "=>", torch.empty(6).geometric_(0.3))
except Exception as e:
    print('torch.empty(6).geometric_(0.3)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(4).cauchy_()', "=>", torch.empty(4).cauchy_())
except Exception as e:
    print('torch.empty(4).cauchy_()', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3, dtype=torch.float64).cauchy_(1.0, 0.5)', "=>", torch.empty(3, dtype=torch.float64).cauchy_(1.0, 0.5))
except Exception as e:
    print('torch.empty(3, dtype=torch.float64).cauchy_(1.0, 0.5)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(4).log_normal_()', "=>", torch.empty(4).log_normal_())
except Exception as e:
    print('torch.empty(4).log_normal_()', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3).log_normal_(0.0, 0.25)', "=>", torch.empty(3).log_normal_(0.0, 0.25))
except Exception as e:
    print('torch.empty(3).log_normal_(0.0, 0.25)', "=> ERR", type(e).__name__)
try:
    print('torch.empty(5, dtype=torch.float64).log_normal_()', "=>", torch.empty(5, dtype=torch.float64).log_normal_())
except Exception as e:
    print('torch.empty(5, dtype=torch.float64).log_normal_()', "=> ERR", type(e).__name__)
try:
    print('torch.empty(3, dtype=torch.int64).geometric_(0.5)', "=>", torch.empty(3, dtype=torch.int64).geometric_(0.5))
except Exception as e:
    print('torch.empty(3, dtype=torch.int64).geometric_(0.5)', "=> ERR", type(e).__name__)
try:
    print('torch.rand(2)', "=>", torch.rand(2))
except Exception as e:
    print('torch.rand(2)', "=> ERR", type(e).__name__)
