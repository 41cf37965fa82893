import torch
import torch.nn as nn


class Gate(nn.Module):
    def __init__(self, scale: float):
        super().__init__()
        self.scale = scale

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.sum() > 0:
            return x * self.scale
        return -x


g = torch.jit.script(Gate(2.0))
print(g.code)
print(g(torch.tensor([1.0, 2.0])), g(torch.tensor([-1.0, -2.0])))
print(g.scale)
print(g.graph.findNode("prim::If") is not None)
