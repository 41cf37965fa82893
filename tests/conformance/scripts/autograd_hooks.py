import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
seen = []
h = x.register_hook(lambda g: seen.append(g.clone()))
y = x * x
y.register_hook(lambda g: g * 10)
y.sum().backward()
print(x.grad, seen)
h.remove()
x.grad = None
z = (x * 3).sum()
z.backward()
print(x.grad, len(seen))

w = torch.ones(2, requires_grad=True)
w.register_hook(lambda g: g.clamp(max=0.5))
(w * torch.tensor([0.2, 4.0])).sum().backward()
print(w.grad)

lin = torch.nn.Linear(3, 1)
for p in lin.parameters():
    p.register_hook(lambda g: g * 0)
lin(torch.ones(2, 3)).sum().backward()
print(lin.weight.grad, lin.bias.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
