import torch
import torch.nn as nn

torch.manual_seed(2023)
emb = nn.Embedding(5, 3)
print(emb.weight)
conv = nn.Conv1d(2, 3, 2)
print(conv.weight.shape, conv.bias)
lin = nn.Linear(3, 2, bias=False)
print(lin.weight)
print(lin.bias)
ln = nn.LayerNorm(3)
print(ln.weight, ln.bias)
x = torch.randn(2, 3)
print(ln(x))
print(lin(x))
print(emb(torch.tensor([0, 4, 4])))
