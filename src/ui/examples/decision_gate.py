# MyDecisionGate alone: trace it and the branch freezes; script it and prim::If appears.
import torch


class MyDecisionGate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x


example_inputs = (torch.rand(3, 4),)
scripted_gate = torch.jit.script(MyDecisionGate())
print(scripted_gate(-torch.ones(2, 2)))
