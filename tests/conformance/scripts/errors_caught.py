import torch

try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print(e)
try:
    torch.ones(6).view(4, 2)
except RuntimeError as e:
    print(e)
try:
    torch.cat([torch.ones(2, 3), torch.ones(2, 4)])
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, 3).reshape(5)
except RuntimeError as e:
    print(e)
try:
    torch.ones(3)[5]
except IndexError as e:
    print(e)
try:
    torch.ones(2, 2).sum(dim=3)
except IndexError as e:
    print(e)
try:
    torch.ones(3).item()
except ValueError as e:
    print(e)
except RuntimeError as e:
    print(e)
try:
    torch.stack([torch.ones(2), torch.ones(3)])
except RuntimeError as e:
    print(e)
try:
    torch.mm(torch.ones(2, 3), torch.ones(4, 5))
except RuntimeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    raise RuntimeError("custom message")
except RuntimeError as e:
    print("caught:", e)
try:
    torch.ones(2, 3).permute(0)
except RuntimeError as e:
    print(e)
