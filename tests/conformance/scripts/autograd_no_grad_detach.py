import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y.grad_fn is None)
with torch.no_grad():
    with torch.enable_grad():
        z = x * 2
print(z.requires_grad, z.grad_fn is None)

d = x.detach()
print(d.requires_grad, d.is_leaf)
d[0] = 10.0
print(x)

h = (x * 3).detach().requires_grad_()
out = (h * x).sum()
out.backward()
print(h.grad, x.grad)


@torch.no_grad()
def evaluate(t):
    return t * t


print(evaluate(x).requires_grad)

x.grad = None
loss = torch.relu(x).sum() + torch.sigmoid(x).sum() + torch.tanh(x).prod()
loss.backward()
print(x.grad)

torch.set_grad_enabled(False)
print((x * 2).requires_grad)
torch.set_grad_enabled(True)
print((x * 2).requires_grad)

p = torch.nn.Parameter(torch.ones(2))
try:
    p.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    p.add_(1)
print(p)
q = p.clone()
q.mul_(3)
q.sum().backward()
print(p.grad, q.grad_fn is None)
