import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


torch.manual_seed(0)
net = Net()
x = torch.randn(3, 4)
traced = torch.jit.trace(net, x)
print(traced)
print(traced.code)
print(traced.fc1.code)
with torch.no_grad():
    print(traced(x))
    print(torch.allclose(traced(x), net(x)))
scripted = torch.jit.script(net)
print(scripted.code)
print(scripted)
print([n for n, _ in traced.named_parameters()])
