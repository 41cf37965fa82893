import torch


class MyDecisionGate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x


torch.manual_seed(0)
x = torch.rand(3, 4)
gate = torch.jit.trace(MyDecisionGate(), (x,))
print(gate.graph)
print(gate.code)
print(gate(-x))
