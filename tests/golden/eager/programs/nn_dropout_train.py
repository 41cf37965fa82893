import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
enc = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.2)
src = torch.randn(4, 2, 8)
with torch.no_grad():
    print(enc(src))
mha = nn.MultiheadAttention(4, 2, dropout=0.5)
q = torch.randn(3, 1, 4)
with torch.no_grad():
    print(mha(q, q, q))
x = torch.randn(2, 3, 2, 2)
print(F.dropout2d(x, 0.5, True), nn.Dropout2d(0.3)(x))
print(nn.Dropout1d(0.5)(torch.ones(3, 4)), F.dropout1d(torch.ones(2, 3, 2), 0.4), nn.Dropout2d(0.2))
