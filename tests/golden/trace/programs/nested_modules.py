import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 3)

    def forward(self, x):
        y = torch.relu(self.fc1(x))
        return y + 1


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = Scale()
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        y = self.sub(x) * 2
        return self.fc2(y)


example_inputs = (torch.rand(2, 3),)
