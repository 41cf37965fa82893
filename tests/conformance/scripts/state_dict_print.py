import torch
from torch import nn


class TheModelClass(nn.Module):
    def __init__(self):
        super(TheModelClass, self).__init__()
        self.fc1 = nn.Linear(3, 2)
        self.bn = nn.BatchNorm1d(2)
        self.fc2 = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc2(torch.relu(self.bn(self.fc1(x))))


torch.manual_seed(0)
model = TheModelClass()
print("Model's state_dict:")
for param_tensor in model.state_dict():
    print(param_tensor, "\t", model.state_dict()[param_tensor].size())
sd = model.state_dict()
print(sd)
print(type(sd).__name__)
print(list(sd.keys()))
model2 = TheModelClass()
print(model2.load_state_dict(sd))
print(model2.fc1.weight)
print(torch.equal(model2.fc2.bias, model.fc2.bias))
