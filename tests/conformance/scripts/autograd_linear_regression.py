import torch

# Linear regression y = 2x - 1 with plain SGD, then with momentum and weight decay.
torch.manual_seed(0)
x = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 2 * x - 1 + 0.1 * torch.randn(20, 1)

w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print(w.grad)
lr = 0.1
for step in range(8):
    pred = x * w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    print(f"step {step}: loss {loss.item():.6f} w {w.item():.6f} b {b.item():.6f}")
    w.grad.zero_()
    b.grad.zero_()

model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=0.01)
loss_fn = torch.nn.MSELoss()
for epoch in range(10):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: loss={loss.item():.6f}")
print(model.weight, model.bias)
print(model.weight.grad, model.bias.grad)
print(opt)
