import torch
from typing import List

def f(x: torch.Tensor) -> List[torch.Tensor]:
    parts = [x * i for i in range(3)]
    sizes = [p.size(0) for p in parts]
    assert len(sizes) == 3, "three parts"
    print("sizes", sizes)
    if x.dim() > 4:
        raise ValueError("too many dims")
    return parts
