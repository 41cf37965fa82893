import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(4, 2)
try:
    fc(torch.ones(3, 5))
except RuntimeError as e:
    print(e)
conv = nn.Conv2d(3, 4, 3)
try:
    conv(torch.ones(1, 2, 5, 5))
except RuntimeError as e:
    print(e)
emb = nn.Embedding(3, 2)
try:
    emb(torch.tensor([5]))
except IndexError as e:
    print(e)
try:
    torch.ones(2, 2).expand(3, 3)
except RuntimeError as e:
    print(e)
try:
    torch.zeros(2).unsqueeze(3)
except IndexError as e:
    print(e)
class M(nn.Module):
    def forward(self, x):
        return x.undefined_method()
try:
    M()(torch.ones(1))
except AttributeError as e:
    print(e)
try:
    fc.nonexistent
except AttributeError as e:
    print(e)
finally:
    print("done")
