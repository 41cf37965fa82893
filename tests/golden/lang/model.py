import torch
import torch.nn as nn
import torch.nn.functional as F
from typing import Dict, List, Optional, Tuple


class Block(nn.Module):
    __constants__ = ['hidden']

    def __init__(self, hidden: int = 16):
        super().__init__()
        self.hidden = hidden
        self.fc = nn.Linear(hidden, hidden)
        self.norm = nn.LayerNorm(hidden)

    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> Tuple[torch.Tensor, Dict[str, int]]:
        h = self.fc(x)
        if mask is not None:
            h = h.masked_fill(mask, 0.0)
        stats: Dict[str, int] = {"rows": h.size(0)}
        for i in range(3):
            h = F.relu(self.norm(h)) + x
        return h, stats


@torch.jit.script
def loop(n: int) -> List[int]:
    out = []  # type: List[int]
    i = 0
    while i < n:
        out.append(i * i)
        i += 1
    return out


m = torch.jit.script(Block())
print(m.code)
