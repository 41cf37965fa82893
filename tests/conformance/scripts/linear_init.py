import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(3, 2)
print(fc.weight)
print(fc.bias)
print(fc)
for name, p in fc.named_parameters():
    print(name, p.shape, p.requires_grad)
print(list(fc.state_dict().keys()))
nb = nn.Linear(4, 3, bias=False)
print(nb, nb.bias)
print(nb.weight.shape)
