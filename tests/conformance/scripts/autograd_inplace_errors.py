import torch

a = torch.randn(3, requires_grad=True)
b = a * 2
c = b.relu()
c += 1
try:
    (c * c).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

w = torch.ones(2, 3, requires_grad=True)
x = torch.randn(3, 4)
y = w @ x
x.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

# Writes that no formula reads are fine.
p = torch.ones(3, requires_grad=True)
q = p * 2
r = q + 1
q.add_(5)
r.sum().backward()
print(p.grad)

s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
t = s.exp()
u = t * 1
t.zero_()
try:
    u.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

# The optimizer's in-place updates happen after backward freed the graph.
lin = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    out = lin(torch.ones(4, 2)).sum()
    out.backward()
    opt.step()
print(lin.weight.grad)
try:
    out.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:58])
