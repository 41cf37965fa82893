import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(x.grad)
y = (x * x).sum()
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
g = x.grad
(x ** 3).sum().backward()
print(x.grad, g is x.grad)
x.grad.zero_()
print(x.grad)

# A tensor used twice sums its gradients.
a = torch.tensor(2.0, requires_grad=True)
b = a * a + a.exp() - a / 4
b.backward()
print(a.grad)

# Non-scalar outputs take an explicit gradient.
w = torch.ones(2, 3, requires_grad=True)
out = w * torch.arange(6.0).view(2, 3)
out.backward(torch.full((2, 3), 0.5))
print(w.grad)
try:
    (w * 2).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(3).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])

# Gradients through views, broadcasting and reductions.
m = torch.arange(12.0).view(3, 4).requires_grad_()
v = torch.tensor([1.0, -1.0, 2.0, 0.5], requires_grad=True)
r = (m.t()[1:3] * v[1:3].unsqueeze(1)).sum(dim=0).mean() + (m + v).max()
r.backward()
print(m.grad)
print(v.grad)
print(m.is_leaf, r.is_leaf, r.grad_fn is not None)

# Accumulating over mini-batches before one optimizer step.
torch.manual_seed(0)
lin = torch.nn.Linear(3, 1)
data = torch.randn(8, 3)
target = torch.randn(8, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
opt.zero_grad()
for i in range(0, 8, 4):
    loss = torch.nn.functional.mse_loss(lin(data[i:i + 4]), target[i:i + 4]) / 2
    loss.backward()
print(lin.weight.grad)
opt.step()
print(lin.weight)
opt.zero_grad(set_to_none=True)
print(lin.weight.grad)
