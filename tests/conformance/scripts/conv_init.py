import torch
import torch.nn as nn

torch.manual_seed(3)
conv = nn.Conv2d(2, 3, kernel_size=2)
print(conv)
print(conv.weight.shape, conv.bias.shape)
print(conv.bias)
print(conv.weight[0])
c1 = nn.Conv1d(1, 2, 3, stride=2, padding=1)
print(c1)
c2 = nn.Conv2d(3, 8, (3, 5), stride=(2, 1), padding=(1, 2), bias=False)
print(c2)
x = torch.randn(1, 2, 4, 4)
print(conv(x).shape)
