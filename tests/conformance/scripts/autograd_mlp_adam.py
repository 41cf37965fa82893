import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 16)
        self.fc2 = nn.Linear(16, 3)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


torch.manual_seed(0)
X = torch.randn(30, 4)
labels = (X[:, 0] > 0).long() + (X[:, 1] > 0.5).long()
model = MLP()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(12):
    optimizer.zero_grad()
    logits = model(X)
    loss = criterion(logits, labels)
    loss.backward()
    optimizer.step()
    if epoch % 3 == 0:
        acc = (logits.argmax(dim=1) == labels).float().mean()
        print(f"epoch {epoch} loss {loss.item():.4f} acc {acc.item():.3f}")
print(loss)
print(model.fc2.bias)
print(model.fc2.bias.grad)
with torch.no_grad():
    probs = F.softmax(model(X[:3]), dim=1)
print(probs)
print(probs.requires_grad)

# Tanh MLP in a Sequential with log_softmax + nll_loss and Adam's weight decay.
torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3), nn.LogSoftmax(dim=1))
opt = torch.optim.Adam(net.parameters(), lr=0.05, weight_decay=1e-3)
for epoch in range(5):
    opt.zero_grad()
    loss = F.nll_loss(net(X), labels)
    loss.backward()
    opt.step()
    print(f"{epoch}: {loss.item():.5f}")
