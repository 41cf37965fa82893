import torch

s = torch.zeros(2, 3, 4).shape
print(s)
print(s + (5,))
print(s[1:])
print(s[:-1] + torch.Size([7]))
print(torch.Size([1, 2]) * 2)
print(s.numel())
print(len(s), s[0] * s[1])
print(s == (2, 3, 4), s == torch.Size([2, 3, 4]))
print(torch.Size())
print(torch.Size([3]))
print(list(s), tuple(s))
a, b, c = s
print(a, b, c)
print(s.index(4), s.count(3))
print(torch.zeros(s[::-1]).shape)
print(type(s[1:]).__name__, type(s + (1,)).__name__)
print(max(s), sum(s))
print(torch.ones(*s[1:]).shape)
