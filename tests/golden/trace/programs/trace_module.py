import torch
import torch.nn as nn

class Codec(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(4, 2)

    def forward(self, x):
        return self.enc(x)

    def encode(self, x):
        return torch.tanh(self.enc(x)) * 2

torch.manual_seed(0)
t = torch.jit.trace_module(Codec(), {'encode': (torch.ones(3, 4),)})
print(t.encode.code)
print(t.encode(torch.ones(1, 4)).shape)
