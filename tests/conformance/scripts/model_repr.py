import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 4, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Dropout(0.25),
        )
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(64, 10), nn.LogSoftmax(dim=1))
        self.blocks = nn.ModuleList([nn.Linear(10, 10) for _ in range(2)])

    def forward(self, x):
        x = self.head(self.features(x))
        for b in self.blocks:
            x = b(x)
        return x


torch.manual_seed(0)
net = Net()
print(net)
for k, v in net.state_dict().items():
    print(k, tuple(v.shape))
print(sum(p.numel() for p in net.parameters()))
print(net(torch.randn(2, 1, 8, 8)).shape)
