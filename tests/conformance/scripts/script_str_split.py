import torch
from typing import List

@torch.jit.script
def f(s: str, n: int) -> List[str]:
    return s.split(None, n)

for s in ["a b c ", "  a  b  ", "", "abc", " x "]:
    for n in [-1, 0, 1, 2]:
        print(repr(s), n, f(s, n))
@torch.jit.script
def g(s: str, sep: str, n: int) -> List[str]:
    return s.split(sep, n)

for s in ["a,b,,c", ",x,", "", "abc"]:
    for n in [-1, 0, 1, 2, 5]:
        print(repr(s), n, g(s, ",", n))
