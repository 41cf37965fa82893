import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin.weight, lin.bias)
conv = nn.Conv2d(2, 3, 3, padding=1, bias=False)
with torch.no_grad():
    print(conv.weight[0, 0])
bn = nn.BatchNorm2d(3)
ln = nn.LayerNorm(4)
emb = nn.Embedding(5, 2, padding_idx=0)
print(emb.weight)
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.1), nn.Linear(8, 2), nn.Softmax(dim=-1))
print(seq)
print(nn.ModuleList([nn.Tanh(), nn.Sigmoid(), nn.GELU()]), nn.ModuleDict({"a": nn.SiLU(), "b": nn.LeakyReLU(0.2)}))
print(conv, bn, ln, emb, nn.MaxPool2d(2), nn.AvgPool2d(2), nn.AdaptiveAvgPool2d((1, 1)), nn.AdaptiveMaxPool1d(2))
print(nn.Flatten(), nn.Identity(), nn.ELU(), nn.LogSoftmax(1), nn.Conv1d(2, 4, 3, stride=2), nn.ConvTranspose2d(2, 3, 3, stride=2), nn.GroupNorm(2, 4))
seq.eval()
with torch.no_grad():
    print(seq(torch.rand(2, 4)))
print(seq[0], len(seq), seq.training, seq[0].training)
print([n for n, _ in seq.named_parameters()], [k for k in seq.state_dict()], sum(p.numel() for p in seq.parameters()))
print(list(bn.state_dict().keys()), [n for n, _ in seq.named_modules()])
x = torch.rand(1, 2, 4, 4)
with torch.no_grad():
    print(conv(x).shape)
print(F.relu(torch.tensor([-1.0, 2.0])), F.softmax(torch.tensor([1.0, 2.0]), dim=0))
sd = lin.state_dict()
lin2 = nn.Linear(3, 2)
print(lin2.load_state_dict(sd), torch.equal(lin2.weight, lin.weight) if hasattr(torch, "equal") else True)
