import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
X = torch.randn(16, 4)
y = X.sum(dim=1, keepdim=True)
for epoch in range(5):
    pred = model(X)
    loss = loss_fn(pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss: {loss.item():>7f}")
print(model[0].weight.grad is not None)
with torch.no_grad():
    print(model(X[:2]))
