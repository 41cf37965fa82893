import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, n: int):
        super(Block, self).__init__()
        self.fc = nn.Linear(n, n)
        self.scale = nn.Parameter(torch.ones(n))
        self.register_buffer("count", torch.zeros(1))
        self.depth = 2

    def forward(self, x):
        self.count += 1
        return torch.relu(self.fc(x)) * self.scale


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Block(3) for _ in range(2)])
        self.head = nn.Linear(3, 1)

    def forward(self, x):
        for b in self.blocks:
            x = x + b(x)
        return self.head(x)


torch.manual_seed(1)
net = Net()
print(net)
with torch.no_grad():
    out = net(torch.rand(2, 3))
print(out, net.blocks[0].count, net.blocks[1].depth)
print(list(net.state_dict().keys()))
print(isinstance(net.blocks[0].scale, nn.Parameter), net.blocks[0].scale)
