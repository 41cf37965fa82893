import torch
from typing import List, Optional


@torch.jit.script
def plain(x: torch.Tensor, n: int = 2) -> torch.Tensor:
    return x * n


@torch.jit.ignore
def everything(a, b: int, /, c: float = 1.0, *args: int, d, e: str = "e", **kwargs) -> None:
    pass


def kw_only(x, *, scale: float = 0.5, shift):
    return x * scale + shift


def commented(x, y):
    # type: (Tensor, int) -> Tensor
    return x + y


def commented_inline(x):  # type: (List[int]) -> Optional[int]
    return x[0] if len(x) else None


class Model(torch.nn.Module):
    __constants__ = ["n"]

    def __init__(self, n: int):
        super(Model, self).__init__()
        self.n = n

    @torch.jit.export
    def forward(self, x):
        return x + self.n


@dataclass(frozen=True)
class Point(Base, metaclass=Meta):
    x: int
    y: int = 0


square = lambda v: v * v
pick = lambda a, b=2, *rest, **kw: (a, b, rest, kw)
const = lambda: 0
