import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.zeros(3)
y[1] = a[0] * 3
y[2] = a[2] ** 2
print(y)
y.sum().backward()
print(a.grad)

# Filling a preallocated output step by step, as a hand-written RNN loop might.
torch.manual_seed(0)
w = torch.randn(4, 4, requires_grad=True)
h = torch.zeros(4)
outputs = torch.zeros(5, 4)
for t in range(5):
    h = torch.tanh(w @ h + t)
    outputs[t] = h
loss = (outputs * torch.arange(20.0).view(5, 4)).sum()
loss.backward()
print(outputs.grad_fn is not None, loss)
print(w.grad)

m = torch.ones(2, 3, requires_grad=True)
z = m * 2
z[:, 1].mul_(5)
z[0].add_(torch.tensor([1.0, 2.0, 3.0]))
z.sum().backward()
print(z)
print(m.grad)

b = torch.zeros(4)
b[torch.tensor([0, 2])] = a[:2] * 10
b.sum().backward()
print(a.grad)

leaf = torch.ones(3, requires_grad=True)
try:
    leaf[0] = 5.0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    leaf.view(3)[1] = 2.0
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    leaf[0] = 5.0
print(leaf)
