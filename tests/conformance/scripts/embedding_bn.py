import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
print(emb)
print(emb.weight)
idx = torch.tensor([[0, 2], [4, 1]])
print(emb(idx))
bn = nn.BatchNorm2d(3)
print(bn)
for k, v in bn.state_dict().items():
    print(k, v)
ln = nn.LayerNorm(4)
print(ln, ln.weight, ln.bias)
bn1 = nn.BatchNorm1d(2, momentum=0.5, affine=False)
print(bn1)
