import torch

x = torch.arange(12).reshape(3, 4)
print(x.view(-1))
print(x.view(2, -1))
t = x.t()
print(t.is_contiguous())
try:
    t.view(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(-1))
print(t.contiguous().view(-1))
try:
    x.view(-1, -1)
except RuntimeError as e:
    print(e)
try:
    x.view(5, -1)
except RuntimeError as e:
    print(e)
try:
    x.view(0, -1)
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print(e)
try:
    torch.ones(3).unsqueeze(3)
except IndexError as e:
    print(e)
